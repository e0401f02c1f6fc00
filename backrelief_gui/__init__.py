"""BackRelief: a hands-free desktop coach for upper back exercises."""

__version__ = "0.1.0"
