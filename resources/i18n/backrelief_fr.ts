<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>BreakServices</name>
        <message>
            <location filename="../../backrelief_gui/break_services.py" />
            <source>BackRelief is still running in the tray and will remind you to take breaks. Choose Quit from the tray icon's menu to end it.</source>
            <translation>BackRelief continue de tourner dans la zone de notification et vous rappellera de faire des pauses. Pour le fermer, choisissez Quitter dans le menu de son icône.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/break_services.py" />
            <source>Starting at login could not be changed: {error}</source>
            <translation>Le lancement à l'ouverture de session n'a pas pu être modifié : {error}</translation>
        </message>
    </context>
    <context>
        <name>CuePlayer</name>
        <message>
            <location filename="../../backrelief_gui/speech/player.py" />
            <source>{player} exited with {code}</source>
            <translation>{player} s'est arrêté avec le code {code}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/speech/player.py" />
            <source>{player} could not be started</source>
            <translation>{player} n'a pas pu démarrer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/speech/player.py" />
            <source>{file} could not be read: {reason}</source>
            <translation>{file} n'a pas pu être lu : {reason}</translation>
        </message>
    </context>
    <context>
        <name>DisplaySettingsDialog</name>
        <message>
            <location filename="../../backrelief_gui/ui/display_settings.py" />
            <source>Display and language</source>
            <translation>Affichage et langue</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/display_settings.py" />
            <source>&amp;Follow the system</source>
            <translation>&amp;Suivre le système</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/display_settings.py" />
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/display_settings.py" />
            <source>&amp;Dark</source>
            <translation>S&amp;ombre</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/display_settings.py" />
            <source>Text size</source>
            <translation>Taille du texte</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/display_settings.py" />
            <source>As the system sets it</source>
            <translation>Celle du système</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/display_settings.py" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/display_settings.py" />
            <source>The system's language</source>
            <translation>La langue du système</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/display_settings.py" />
            <source>A new language takes effect when BackRelief next starts.</source>
            <translation>Une nouvelle langue s'applique au prochain démarrage de BackRelief.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/display_settings.py" />
            <source>Colours:</source>
            <translation>Couleurs :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/display_settings.py" />
            <source>&amp;Text size:</source>
            <translation>&amp;Taille du texte :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/display_settings.py" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/display_settings.py" />
            <source>Display</source>
            <translation type="vanished">Affichage</translation>
        </message>
    </context>
    <context>
        <name>DosePanel</name>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>Re&amp;ps:</source>
            <translation>Ré&amp;pétitions :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>Repetitions</source>
            <translation>Répétitions</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>&amp;Sets:</source>
            <translation>&amp;Séries :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>Sets</source>
            <translation>Séries</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>&amp;Hold:</source>
            <translation>&amp;Maintien :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>Hold, in seconds</source>
            <translation>Maintien, en secondes</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>T&amp;empo:</source>
            <translation>&amp;Tempo :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>Tempo: seconds for one repetition</source>
            <translation>Tempo : secondes par répétition</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>Rest a&amp;fter:</source>
            <translation>Repos a&amp;près :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>Rest after this exercise, in seconds</source>
            <translation>Repos après cet exercice, en secondes</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source> s a rep</source>
            <translation> s par rép.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>As programmed</source>
            <translation>Selon le programme</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>Dose</source>
            <translation>Dose</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>Each si&amp;de: left, then right</source>
            <translation>Chaque &amp;côté : gauche, puis droit</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>Do every set on the left side, then on the right side</source>
            <translation>Faire toutes les séries du côté gauche, puis du côté droit</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>Select an exercise in the list to set its dose.</source>
            <translation>Choisissez un exercice dans la liste pour régler sa dose.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>Dose: {exercise}</source>
            <translation>Dose : {exercise}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_dose.py" />
            <source>{as_programmed} ({value})</source>
            <translation>{as_programmed} ({value})</translation>
        </message>
    </context>
    <context>
        <name>EntryList</name>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_entries.py" />
            <source>Exercises in this routine</source>
            <translation>Exercices de cette routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_entries.py" />
            <source>Drag an exercise, or press Alt+Up or Alt+Down, to change the order; Delete takes it out</source>
            <translation>Faites glisser un exercice, ou appuyez sur Alt+Haut ou Alt+Bas, pour changer l'ordre ; Suppr le retire</translation>
        </message>
    </context>
    <context>
        <name>ExerciseDetail</name>
        <message>
            <location filename="../../backrelief_gui/ui/exercise_detail.py" />
            <source>gentle</source>
            <translation>douce</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/exercise_detail.py" />
            <source>standard</source>
            <translation>normale</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/exercise_detail.py" />
            <source>How to do this exercise</source>
            <translation>Comment faire cet exercice</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/exercise_detail.py" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/exercise_detail.py" />
            <source>Start from this exercise</source>
            <translation>Commencer par cet exercice</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/exercise_detail.py" />
            <source>Begins the routine at this exercise and carries on to the end</source>
            <translation>Lance la routine à partir de cet exercice et continue jusqu'à la fin</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/exercise_detail.py" />
            <source>Get into position</source>
            <translation>Mise en position</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/exercise_detail.py" />
            <source>The movement</source>
            <translation>Le mouvement</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/exercise_detail.py" />
            <source>Tips</source>
            <translation>Conseils</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/exercise_detail.py" />
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/exercise_detail.py" />
            <source>Dose ({dose}): {summary}</source>
            <translation>Dose {dose} : {summary}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/exercise_detail.py" />
            <source>You need: {equipment}</source>
            <translation>Matériel : {equipment}</translation>
        </message>
    </context>
    <context>
        <name>ExerciseList</name>
        <message>
            <location filename="../../backrelief_gui/ui/exercise_list.py" />
            <source>Exercises in this routine</source>
            <translation>Exercices de cette routine</translation>
        </message>
    </context>
    <context>
        <name>FigureView</name>
        <message>
            <location filename="../../backrelief_gui/ui/figure_view.py" />
            <source>Start position</source>
            <translation>Position de départ</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/figure_view.py" />
            <source>End position</source>
            <translation>Position finale</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/figure_view.py" />
            <source>Exercise figure</source>
            <translation>Illustration de l'exercice</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/figure_view.py" />
            <source>{exercise}: {drawing}</source>
            <translation>{exercise} : {drawing}</translation>
        </message>
    </context>
    <context>
        <name>HistoryActions</name>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>Export the history as CSV</source>
            <translation>Exporter l'historique en CSV</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>Saved 1 row to {path}.</source>
            <translation>1 ligne enregistrée dans {path}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>Saved %n rows to {path}.</source>
            <translation>
                <numerusform>%n ligne enregistrée dans {path}.</numerusform>
                <numerusform>%n lignes enregistrées dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>Save a report for your physiotherapist</source>
            <translation>Enregistrer un bilan pour votre kinésithérapeute</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>Saved the report to {path}.</source>
            <translation>Bilan enregistré dans {path}.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>Back up the history</source>
            <translation>Sauvegarder l'historique</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>BackRelief history (*.sqlite3)</source>
            <translation>Historique BackRelief (*.sqlite3)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>Backed up the history to {path}.</source>
            <translation>Historique sauvegardé dans {path}.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>Restore the history from a backup</source>
            <translation>Restaurer l'historique depuis une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>Restore the history</source>
            <translation>Restaurer l'historique</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>Replace your history with this backup? Your current history is kept as a copy beside it, so nothing is lost.</source>
            <translation>Remplacer votre historique par cette sauvegarde ? Votre historique actuel est conservé en copie à côté : rien n'est perdu.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>The history could not be opened.</source>
            <translation>L'historique n'a pas pu être ouvert.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>Restored the history from {path}.</source>
            <translation>Historique restauré depuis {path}.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_actions.py" />
            <source>That did not work, and your history is unchanged: {error}</source>
            <translation>Cela n'a pas fonctionné, et votre historique n'a pas changé : {error}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Active time</source>
            <translation>Temps actif</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Completion</source>
            <translation>Réalisation</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Pain</source>
            <translation>Douleur</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Exercise</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Reps</source>
            <translation>Répét.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Stopped</source>
            <translation>Arrêtée</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Interrupted</source>
            <translation>Interrompue</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>No sessions yet — once you have done your first routine, your streaks, minutes and pain scores will show here.</source>
            <translation>Aucune séance pour l'instant — après votre première routine, vos séries de jours, vos minutes et vos notes de douleur s'afficheront ici.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>1 day</source>
            <translation>1 jour</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>%n days</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>1 session</source>
            <translation>1 séance</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>%n sessions</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>1 exercise</source>
            <translation>1 exercice</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>%n exercises</source>
            <translation>
                <numerusform>%n exercice</numerusform>
                <numerusform>%n exercices</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>1 break reminder</source>
            <translation>1 rappel de pause</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>%n break reminders</source>
            <translation>
                <numerusform>%n rappel de pause</numerusform>
                <numerusform>%n rappels de pause</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>1 break</source>
            <translation>1 pause</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>%n breaks</source>
            <translation>
                <numerusform>%n pause</numerusform>
                <numerusform>%n pauses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>no scores</source>
            <translation>aucune note</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>no score</source>
            <translation>aucune note</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>on average {before} before, {after} after</source>
            <translation>en moyenne {before} avant, {after} après</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Completed</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>{done} of {exercises}</source>
            <translation>{done} sur {exercises}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>{status} ({done} done)</source>
            <translation>{status} ({done} faits)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Days done this week, against the weekly goal</source>
            <translation>Jours faits cette semaine, par rapport à l'objectif hebdomadaire</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Break reminders this week</source>
            <translation>Rappels de pause cette semaine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Minutes of exercise per week, last 8 weeks</source>
            <translation>Minutes d'exercice par semaine, 8 dernières semaines</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Sessions per day, last 8 weeks</source>
            <translation>Séances par jour, 8 dernières semaines</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Pain before and after sessions, last 8 weeks</source>
            <translation>Douleur avant et après les séances, 8 dernières semaines</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Pain before → after the session, from 0 (none) to 10</source>
            <translation>Douleur avant → après la séance, de 0 (aucune) à 10</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Exercise totals</source>
            <translation>Totaux par exercice</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Save every session as a spreadsheet file</source>
            <translation>Enregistrer toutes les séances dans un fichier de tableur</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Report (PDF)…</source>
            <translation>Bilan (PDF)…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Make a printable report of your progress</source>
            <translation>Créer un bilan imprimable de vos progrès</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Back up…</source>
            <translation>Sauvegarder…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Save a copy of your history somewhere safe</source>
            <translation>Enregistrer une copie de votre historique en lieu sûr</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Restore…</source>
            <translation>Restaurer…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Bring back your history from a backup</source>
            <translation>Récupérer votre historique depuis une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Goal and pain…</source>
            <translation>Objectif et douleur…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Set the weekly goal and the pain questions</source>
            <translation>Régler l'objectif hebdomadaire et les questions sur la douleur</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Back to the exercises</source>
            <translation>Retour aux exercices</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Current streak</source>
            <translation>Série en cours</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Best streak</source>
            <translation>Meilleure série</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>All time</source>
            <translation>Depuis le début</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Minutes per week</source>
            <translation>Minutes par semaine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Sessions per day</source>
            <translation>Séances par jour</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Pain, 0 to 10</source>
            <translation>Douleur, de 0 à 10</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Exercises</source>
            <translation>Exercices</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Today is done</source>
            <translation>C'est fait pour aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>A session today keeps it going</source>
            <translation>Une séance aujourd'hui la prolonge</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>A session today starts one</source>
            <translation>Une séance aujourd'hui en lance une</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>First session {day}</source>
            <translation>Première séance le {day}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>{done} of {days}</source>
            <translation>{done} sur {days}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Weekly goal reached</source>
            <translation>Objectif de la semaine atteint</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Goal: {days} a week</source>
            <translation>Objectif : {days} par semaine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>{duration} of exercise</source>
            <translation>{duration} d'exercice</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Break reminders this week: {shown} · breaks taken from them: {started}</source>
            <translation>Rappels de pause cette semaine : {shown} · pauses prises grâce à eux : {started}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Last %n weeks: {reminders}, {breaks} taken from them.</source>
            <translation>
                <numerusform>Sur %n semaine : {reminders}, {breaks} prises grâce à eux.</numerusform>
                <numerusform>Sur les %n dernières semaines : {reminders}, {breaks} prises grâce à eux.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Week of {day}: {minutes} min</source>
            <translation>Semaine du {day} : {minutes} min</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>{this_week} min this week · {average} min a week on average</source>
            <translation>{this_week} min cette semaine · {average} min par semaine en moyenne</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>week of {day}, {minutes} min</source>
            <translation>semaine du {day}, {minutes} min</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Minutes per week, oldest first: {weeks}.</source>
            <translation>Minutes par semaine, de la plus ancienne à la plus récente : {weeks}.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>{day}: {sessions}</source>
            <translation>{day} : {sessions}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Sessions on {active} of the last %n days · {sessions}</source>
            <translation>
                <numerusform>Séances sur {active} de %n jour · {sessions}</numerusform>
                <numerusform>Séances sur {active} des %n derniers jours · {sessions}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Week of {day}: {pain}</source>
            <translation>Semaine du {day} : {pain}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>No pain scores in the last %n weeks</source>
            <translation>
                <numerusform>Aucune note de douleur sur %n semaine</numerusform>
                <numerusform>Aucune note de douleur ces %n dernières semaines</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>{score} before</source>
            <translation>{score} avant</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>{score} after</source>
            <translation>{score} après</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Average {scores} · {sessions}</source>
            <translation>Moyenne {scores} · {sessions}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>Pain from 0 to 10, last %n weeks. {summary}.</source>
            <translation>
                <numerusform>Douleur de 0 à 10, sur %n semaine. {summary}.</numerusform>
                <numerusform>Douleur de 0 à 10, %n dernières semaines. {summary}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Import a routine</source>
            <translation>Importer une routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Checking the routine file</source>
            <translation>Vérification du fichier de routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Checking the routine file…</source>
            <translation>Vérification du fichier de routine…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Exercises in this routine</source>
            <translation>Exercices de cette routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Exercise</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Dose (gentle–standard)</source>
            <translation>Dose (douce–normale)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Add this routine to your routines</source>
            <translation>Ajouter cette routine à vos routines</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Problems in the file</source>
            <translation>Problèmes dans le fichier</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>This file cannot be imported</source>
            <translation>Ce fichier ne peut pas être importé</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>From {path}</source>
            <translation>Provenance : {path}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>You already have this routine (“{name}”), exactly as this file has it, so there is nothing to import.</source>
            <translation>Vous avez déjà cette routine (« {name} »), exactement comme dans ce fichier : il n'y a donc rien à importer.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>You already have a routine with the id “{id}”. It stays as it is; this one will be added as “{new_id}”.</source>
            <translation>Vous avez déjà une routine avec l'identifiant « {id} ». Elle reste telle quelle ; celle-ci sera ajoutée sous l'identifiant « {new_id} ».</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>It will be added to your routines as “{id}”.</source>
            <translation>Elle sera ajoutée à vos routines sous l'identifiant « {id} ».</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>about {duration}</source>
            <translation>environ {duration}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>about {gentle} to {standard}</source>
            <translation>environ {gentle} à {standard}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>1 exercise</source>
            <translation>1 exercice</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>%n exercises</source>
            <translation>
                <numerusform>%n exercice</numerusform>
                <numerusform>%n exercices</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Fix this in the file, then open it again:</source>
            <translation>Corrigez ce point dans le fichier, puis rouvrez-le :</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Fix these %n problems in the file, then open it again:</source>
            <translation>
                <numerusform>Corrigez %n problème dans le fichier, puis rouvrez-le :</numerusform>
                <numerusform>Corrigez ces %n problèmes dans le fichier, puis rouvrez-le :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Nothing was added or changed.</source>
            <translation>Rien n'a été ajouté ni modifié.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>… and %n more like these.</source>
            <translation>
                <numerusform>… et %n autre du même genre.</numerusform>
                <numerusform>… et %n autres du même genre.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Nothing was imported.</source>
            <translation>Rien n'a été importé.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../backrelief_gui/qt/language.py" />
            <source>The {language} texts could not be read from {file}.</source>
            <translation>Les textes en {language} n'ont pas pu être lus depuis {file}.</translation>
        </message>
    </context>
    <context>
        <name>LearnView</name>
        <message>
            <location filename="../../backrelief_gui/ui/learn_view.py" />
            <source>Use the arrow and Page keys to scroll</source>
            <translation>Faites défiler avec les flèches et les touches Page précédente et Page suivante</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Gentle</source>
            <translation>Douce</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Standard</source>
            <translation>Normale</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>1 exercise</source>
            <translation>1 exercice</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>%n exercises</source>
            <translation>
                <numerusform>%n exercice</numerusform>
                <numerusform>%n exercices</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Dose</source>
            <translation>Dose</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Voice…</source>
            <translation>Voix…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Voice settings</source>
            <translation>Réglages de la voix</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Choose the voice, its speed and volume</source>
            <translation>Choisir la voix, son débit et son volume</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Your past sessions, streaks and pain scores</source>
            <translation>Vos séances passées, vos séries de jours et vos notes de douleur</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>&amp;Breaks…</source>
            <translation>&amp;Pauses…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Break reminders</source>
            <translation>Rappels de pause</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>How often to be reminded to take a break, and when</source>
            <translation>À quelle fréquence et à quels moments vous rappeler de faire une pause</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Displa&amp;y…</source>
            <translation>&amp;Affichage…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Display settings</source>
            <translation>Réglages d'affichage</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Light or dark colours, and a larger text size</source>
            <translation>Couleurs claires ou sombres, et texte plus grand</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>&amp;Learn</source>
            <translation>&amp;Comprendre</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Why upper back pain happens, habits that help, and exercising safely (F1)</source>
            <translation>D'où vient la douleur du haut du dos, les habitudes qui aident, et comment faire les exercices en sécurité (F1)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Why the upper back hurts, and what helps (F1)</source>
            <translation>Pourquoi le haut du dos fait mal, et ce qui aide (F1)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Routines…</source>
            <translation>Mes routines…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Make, change and delete routines of your own (Ctrl+R)</source>
            <translation>Créer, modifier et supprimer vos propres routines (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Make and change your own routines (Ctrl+R)</source>
            <translation>Créer et modifier vos propres routines (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Start routine</source>
            <translation>Lancer la routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Starts the routine from the first exercise</source>
            <translation>Lance la routine depuis le premier exercice</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>&amp;Routine:</source>
            <translation>&amp;Routine :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>&amp;Dose:</source>
            <translation>&amp;Dose :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>{exercises} · about {duration}</source>
            <translation>{exercises} · environ {duration}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Voice off</source>
            <translation>Voix coupée</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Voice on</source>
            <translation>Voix rétablie</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>The Learn page could not be shown: {error}</source>
            <translation>La page Comprendre n'a pas pu s'afficher : {error}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>Some files could not be used:</source>
            <translation>Certains fichiers n'ont pas pu être utilisés :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/main_window.py" />
            <source>{name} is at the standard dose from the next session.</source>
            <translation>{name} passe à la dose normale dès la prochaine séance.</translation>
        </message>
    </context>
    <context>
        <name>PainChart</name>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>No scores in these weeks</source>
            <translation>Aucune note ces semaines-là</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>after</source>
            <translation>après</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/history_view.py" />
            <source>before</source>
            <translation>avant</translation>
        </message>
    </context>
    <context>
        <name>PainDialog</name>
        <message>
            <location filename="../../backrelief_gui/ui/pain_prompt.py" />
            <source>Before you start</source>
            <translation>Avant de commencer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/pain_prompt.py" />
            <source>&amp;Skip</source>
            <translation>&amp;Passer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/pain_prompt.py" />
            <source>&amp;Don't ask about pain</source>
            <translation>&amp;Ne plus demander la douleur</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/pain_prompt.py" />
            <source>How does your upper back feel right now?</source>
            <translation>Comment va le haut de votre dos en ce moment ?</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/pain_prompt.py" />
            <source>Press a number from 0 to 9, click one, or skip.</source>
            <translation>Tapez un chiffre de 0 à 9, cliquez sur un nombre, ou passez.</translation>
        </message>
    </context>
    <context>
        <name>PainScale</name>
        <message>
            <location filename="../../backrelief_gui/ui/pain_prompt.py" />
            <source>Pain from 0, none, to 10, the worst</source>
            <translation>Douleur de 0, aucune, à 10, la pire</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/pain_prompt.py" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/pain_prompt.py" />
            <source>Pain {score} of 10</source>
            <translation>Douleur {score} sur 10</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/pain_prompt.py" />
            <source>worst</source>
            <translation>la pire</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>Goal and pain</source>
            <translation>Objectif et douleur</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>Days a week</source>
            <translation>Jours par semaine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source> days a week</source>
            <translation> jours par semaine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>&amp;Ask for a 0–10 pain score before and after each session</source>
            <translation>&amp;Demander une note de douleur de 0 à 10 avant et après chaque séance</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>Pain this high after a session</source>
            <translation>Seuil de douleur après une séance</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>A rise this large over a session</source>
            <translation>Hausse de la douleur sur une séance</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>&amp;Suggest when I'm ready for more</source>
            <translation>&amp;Suggérer d'en faire plus quand c'est le moment</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>Sessions without a rise in pain before a suggestion</source>
            <translation>Séances sans hausse de la douleur avant une suggestion</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source> sessions</source>
            <translation> séances</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>Weekly &amp;goal:</source>
            <translation>&amp;Objectif hebdomadaire :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>Advise easing off when, after a session, pain is at least</source>
            <translation>Conseiller d'y aller plus doucement quand, après une séance, la douleur atteint au moins</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>&amp;this high:</source>
            <translation>ce ni&amp;veau :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>or has &amp;risen by:</source>
            <translation>ou a &amp;augmenté de :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>Getting stronger</source>
            <translation>Progresser</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>Sessions &amp;needed:</source>
            <translation>Séances &amp;nécessaires :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>An exercise is suggested for the standard dose once you have done it completely at the gentle dose in this many sessions, with pain scores before and after and no rise in pain. You are asked first; nothing changes by itself.</source>
            <translation>Un exercice vous est proposé à la dose normale une fois que vous l'avez fait en entier à la dose douce pendant ce nombre de séances, avec une note de douleur avant et après, sans hausse de la douleur. On vous demande d'abord ; rien ne change tout seul.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>At the standard dose in every session:</source>
            <translation>À la dose normale à chaque séance :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>No exercise yet.</source>
            <translation>Aucun exercice pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>Back to gentle</source>
            <translation>Revenir à la dose douce</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/preferences.py" />
            <source>Move {name} back to the gentle dose</source>
            <translation>Remettre {name} à la dose douce</translation>
        </message>
    </context>
    <context>
        <name>ProgressionPrompt</name>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>Suggestion: ready for more</source>
            <translation>Suggestion : un peu plus d'effort</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>Ready for a little more?</source>
            <translation>Envie d'en faire un peu plus ?</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>Only if it feels right. You can move it back to gentle at any time, under History → Goal and pain.</source>
            <translation>Seulement si vous le sentez bien. Vous pouvez revenir à la dose douce à tout moment, dans Historique → Objectif et douleur.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>&amp;Move to standard</source>
            <translation>&amp;Passer à la dose normale</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>N&amp;ot now</source>
            <translation>Pas &amp;maintenant</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>{reason}.
Now: {gentle}  →  standard: {standard}.
Do {name} at the standard dose in every session from now on?</source>
            <translation>{reason}.
Actuellement : {gentle}  →  dose normale : {standard}
Faire désormais {name} à la dose normale à chaque séance ?</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>Move {name} to the standard dose</source>
            <translation>Passer {name} à la dose normale</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>Not now: keep {name} at the gentle dose</source>
            <translation>Pas maintenant : garder {name} à la dose douce</translation>
        </message>
    </context>
    <context>
        <name>ReminderPresenter</name>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_presenter.py" />
            <source>Start desk break</source>
            <translation>Lancer la pause au bureau</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/reminder_presenter.py" />
            <source>Snooze %n min</source>
            <translation>
                <numerusform>Reporter de %n min</numerusform>
                <numerusform>Reporter de %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_presenter.py" />
            <source>Skip</source>
            <translation>Passer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_presenter.py" />
            <source>The reminder could not be added to your history ({error}).</source>
            <translation>Le rappel n'a pas pu être ajouté à votre historique ({error}).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_presenter.py" />
            <source>Your answer to the reminder was not saved ({error}).</source>
            <translation>Votre réponse au rappel n'a pas été enregistrée ({error}).</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsDialog</name>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>A 30-second pause about every 20 minutes, besides the breaks. Reminders help you move more often; they do not treat pain on their own.</source>
            <translation>Une pause de 30 secondes environ toutes les 20 minutes, en plus des pauses. Les rappels vous aident à bouger plus souvent ; à eux seuls, ils ne soignent pas la douleur.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>Choose at least one working day, or turn reminders off.</source>
            <translation>Choisissez au moins un jour de travail, ou désactivez les rappels.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>Working hours must end after they start on the same day, not {start}–{end}.</source>
            <translation>Les heures de travail doivent finir après leur début, le même jour (et non {start}–{end}).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>Break reminders</source>
            <translation>Rappels de pause</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>&amp;Remind me to take breaks</source>
            <translation>Me &amp;rappeler de faire des pauses</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>Break every</source>
            <translation>Pause toutes les</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>Add &amp;micro-pauses</source>
            <translation>Ajouter des &amp;micro-pauses</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>Working hours start</source>
            <translation>Début des heures de travail</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>Working hours end</source>
            <translation>Fin des heures de travail</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>Time away that counts as a break</source>
            <translation>Absence qui compte comme une pause</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>Also &amp;say the reminder aloud (never in do-not-disturb)</source>
            <translation>Dire aussi le rappel à &amp;voix haute (jamais en mode Ne pas déranger)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>Start BackRelief in the tray when I &amp;log in</source>
            <translation>Lancer BackRelief à l'&amp;ouverture de session, en arrière-plan</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>Break &amp;every:</source>
            <translation>Pause &amp;toutes les :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>Working days:</source>
            <translation>Jours de travail :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>Working &amp;hours:</source>
            <translation>&amp;Heures de travail :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_settings.py" />
            <source>&amp;Away for:</source>
            <translation>&amp;Absence d'au moins :</translation>
        </message>
    </context>
    <context>
        <name>ReminderWindow</name>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_window.py" />
            <source>&amp;Start desk break</source>
            <translation>&amp;Lancer la pause au bureau</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_window.py" />
            <source>Starts the desk routine now</source>
            <translation>Lance maintenant la routine au bureau</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_window.py" />
            <source>S&amp;kip</source>
            <translation>&amp;Passer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_window.py" />
            <source>Skip this break; the count starts again</source>
            <translation>Passer cette pause ; le décompte repart de zéro</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_window.py" />
            <source>&amp;Done</source>
            <translation>C'est &amp;fait</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_window.py" />
            <source>Close this reminder</source>
            <translation>Fermer ce rappel</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/reminder_window.py" />
            <source>Sn&amp;ooze %n min</source>
            <translation>
                <numerusform>R&amp;eporter de %n min</numerusform>
                <numerusform>R&amp;eporter de %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/reminder_window.py" />
            <source>Snooze %n minutes</source>
            <translation>
                <numerusform>Reporter de %n minute</numerusform>
                <numerusform>Reporter de %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/reminder_window.py" />
            <source>Remind again later; the arrow offers other lengths</source>
            <translation>Rappeler plus tard ; la flèche propose d'autres durées</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/reminder_window.py" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineBuilder</name>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Your routines</source>
            <translation>Vos routines</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Routine editor</source>
            <translation>Éditeur de routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Routines</source>
            <translation>Routines</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>R&amp;outines:</source>
            <translation>R&amp;outines :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>&amp;New…</source>
            <translation>Nou&amp;velle…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Start a routine of your own</source>
            <translation>Créer votre propre routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Dupli&amp;cate…</source>
            <translation>Dupli&amp;quer…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Make a copy of this routine to change</source>
            <translation>Faire une copie de cette routine pour la modifier</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>De&amp;lete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Delete this routine (you can undo it)</source>
            <translation>Supprimer cette routine (vous pourrez l'annuler)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Add a routine from a file someone shared</source>
            <translation>Ajouter une routine depuis un fichier partagé</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Expor&amp;t…</source>
            <translation>Expor&amp;ter…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Save this routine as a file to share or keep</source>
            <translation>Enregistrer cette routine dans un fichier, pour la partager ou la garder</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Undo delete</source>
            <translation>Annuler la suppression</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Bring the deleted routine back, exactly as it was</source>
            <translation>Récupérer la routine supprimée, exactement comme elle était</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Take back the last change (Ctrl+Z)</source>
            <translation>Annuler la dernière modification (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Make the undone change again (Ctrl+Shift+Z)</source>
            <translation>Refaire la modification annulée (Ctrl+Maj+Z)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Try again to save this routine</source>
            <translation>Réessayer d'enregistrer cette routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Close; every change is kept</source>
            <translation>Fermer ; toutes les modifications sont gardées</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>(no name yet)</source>
            <translation>(pas encore de nom)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>{name} (built-in)</source>
            <translation>{name} (intégrée)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>{name} (not saved)</source>
            <translation>{name} (non enregistrée)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Undo {change}</source>
            <translation>Annuler : {change}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Nothing to undo</source>
            <translation>Rien à annuler</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Redo {change}</source>
            <translation>Rétablir : {change}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Nothing to redo</source>
            <translation>Rien à rétablir</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>New routine</source>
            <translation>Nouvelle routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Name of the new routine:</source>
            <translation>Nom de la nouvelle routine :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>My routine</source>
            <translation>Ma routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>{name} (my copy)</source>
            <translation>{name} (ma copie)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Duplicate routine</source>
            <translation>Dupliquer la routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Name of the copy:</source>
            <translation>Nom de la copie :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Routine deleted: “{name}”.</source>
            <translation>Routine supprimée : « {name} ».</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Importing routines is not available in this version.</source>
            <translation>L'import de routines n'est pas disponible dans cette version.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder.py" />
            <source>Exporting routines is not available in this version.</source>
            <translation>L'export de routines n'est pas disponible dans cette version.</translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>This routine comes with BackRelief, so it cannot be changed or deleted. Press Duplicate to make a copy of your own, and change that.</source>
            <translation>Cette routine est fournie avec BackRelief : elle ne peut être ni modifiée ni supprimée. Appuyez sur Dupliquer pour en faire votre propre copie, et modifiez celle-ci.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>change reps of {exercise}</source>
            <translation>modifier les répétitions de « {exercise} »</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>change sets of {exercise}</source>
            <translation>modifier les séries de « {exercise} »</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>change hold of {exercise}</source>
            <translation>modifier le maintien de « {exercise} »</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>change tempo of {exercise}</source>
            <translation>modifier le tempo de « {exercise} »</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>change rest of {exercise}</source>
            <translation>modifier le repos après « {exercise} »</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Routine name</source>
            <translation>Nom de la routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>One sentence on what the routine is for</source>
            <translation>Une phrase sur le but de la routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Descri&amp;ption:</source>
            <translation>Descri&amp;ption :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Exercise to add</source>
            <translation>Exercice à ajouter</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Li&amp;brary:</source>
            <translation>Bi&amp;bliothèque :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Add the chosen exercise at the end</source>
            <translation>Ajouter l'exercice choisi à la fin</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>E&amp;xercises in this routine:</source>
            <translation>E&amp;xercices de cette routine :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Move the exercise earlier (Alt+Up)</source>
            <translation>Placer l'exercice plus tôt (Alt+Haut)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Move do&amp;wn</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Move the exercise later (Alt+Down)</source>
            <translation>Placer l'exercice plus tard (Alt+Bas)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Re&amp;move</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Take the exercise out of the routine (Delete)</source>
            <translation>Retirer l'exercice de la routine (Suppr)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>No exercises yet: choose one from the library and add it.</source>
            <translation>Aucun exercice pour l'instant : choisissez-en un dans la bibliothèque et ajoutez-le.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>{exercises}, about {duration} at the gentle dose</source>
            <translation>{exercises}, environ {duration} à la dose douce</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>{exercises}, about {duration} at the standard dose</source>
            <translation>{exercises}, environ {duration} à la dose normale</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>1 exercise</source>
            <translation>1 exercice</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>%n exercises</source>
            <translation>
                <numerusform>%n exercice</numerusform>
                <numerusform>%n exercices</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Not saved yet. {problem}</source>
            <translation>Pas encore enregistrée. {problem}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>Every change is saved as you make it, in {file}.</source>
            <translation>Chaque modification est enregistrée au fur et à mesure, dans {file}.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>rename to “{name}”</source>
            <translation>renommer en « {name} »</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>change the description</source>
            <translation>modifier la description</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>add {exercise}</source>
            <translation>ajouter « {exercise} »</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>remove {exercise}</source>
            <translation>retirer « {exercise} »</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>move {exercise}</source>
            <translation>déplacer « {exercise} »</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_editor.py" />
            <source>change each side of {exercise}</source>
            <translation>modifier « chaque côté » pour « {exercise} »</translation>
        </message>
    </context>
    <context>
        <name>RoutineTransfer</name>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Routine files (*.toml)</source>
            <translation>Fichiers de routine (*.toml)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Export “{name}”</source>
            <translation>Exporter « {name} »</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>BackRelief routines (*{suffix})</source>
            <translation>Routines BackRelief (*{suffix})</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>“{name}” could not be saved as {path}: {reason}.

Nothing was written there. Try another folder.</source>
            <translation>« {name} » n'a pas pu être enregistrée sous {path} : {reason}.

Rien n'y a été écrit. Essayez un autre dossier.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Export failed</source>
            <translation>Échec de l'export</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>Import a routine</source>
            <translation>Importer une routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>{reps} reps</source>
            <translation>{reps} rép.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>{sets} × {reps}</source>
            <translation>{sets} × {reps}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_transfer.py" />
            <source>{reps}, hold {seconds} s</source>
            <translation>{reps}, tenir {seconds} s</translation>
        </message>
    </context>
    <context>
        <name>RoutineWorkbench</name>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_model.py" />
            <source>It is kept here while BackRelief runs; fix that, then press Save to try again.</source>
            <translation>Elle est gardée ici tant que BackRelief est ouvert ; corrigez cela, puis appuyez sur Enregistrer pour réessayer.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_model.py" />
            <source>create “{name}”</source>
            <translation>créer « {name} »</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_model.py" />
            <source>“{name}” was not deleted: {error}</source>
            <translation>« {name} » n'a pas été supprimée : {error}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_model.py" />
            <source>delete “{name}”</source>
            <translation>supprimer « {name} »</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_model.py" />
            <source>import “{name}”</source>
            <translation>importer « {name} »</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_model.py" />
            <source>“{name}” could not be brought back: {error}</source>
            <translation>« {name} » n'a pas pu être récupérée : {error}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/routine_builder_model.py" />
            <source>Not saved yet.</source>
            <translation>Pas encore enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Seconds left</source>
            <translation>Secondes restantes</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Progress through the routine</source>
            <translation>Progression dans la routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>◀ Previous</source>
            <translation>◀ Retour</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Back one step (Left arrow)</source>
            <translation>Revenir d'une étape (flèche gauche)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Pause</source>
            <translation>Suspendre</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Pause or resume (Space)</source>
            <translation>Suspendre ou reprendre (Espace)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Next ▶</source>
            <translation>Suivant ▶</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>On to the next step (Right arrow)</source>
            <translation>Passer à l'étape suivante (flèche droite)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Skip exercise</source>
            <translation>Passer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>On to the next exercise (Ctrl+Right)</source>
            <translation>Passer à l'exercice suivant (Ctrl+Droite)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>End the session (Esc)</source>
            <translation>Terminer la séance (Échap)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Mute</source>
            <translation>Muet</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Silence the voice or bring it back (M)</source>
            <translation>Couper ou rétablir la voix (M)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Unmute</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Exercise {number} of {count} · {routine}</source>
            <translation>Exercice {number} sur {count} · {routine}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Left side</source>
            <translation>Côté gauche</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Right side</source>
            <translation>Côté droit</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Rep {rep} of {reps}</source>
            <translation>Répétition {rep} sur {reps}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Set {set} of {sets}</source>
            <translation>Série {set} sur {sets}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>{time} left</source>
            <translation>Encore {time}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/session_view.py" />
            <source>Paused — press Space to carry on.</source>
            <translation>En pause — appuyez sur Espace pour continuer.</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>1 repetition</source>
            <translation>1 répétition</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>%n repetitions</source>
            <translation>
                <numerusform>%n répétition</numerusform>
                <numerusform>%n répétitions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>{done} of 1 repetition</source>
            <translation>{done} sur 1 répétition</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>{done} of %n repetitions</source>
            <translation>
                <numerusform>{done} sur %n répétition</numerusform>
                <numerusform>{done} sur %n répétitions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>How does your upper back feel now?</source>
            <translation>Comment va le haut de votre dos maintenant ?</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>A note about this session</source>
            <translation>Une note sur cette séance</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>A note for your history (optional)</source>
            <translation>Une note pour votre historique (facultatif)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>Save &amp;note</source>
            <translation>Enregistrer la &amp;note</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>&amp;Back to the exercises</source>
            <translation>&amp;Retour aux exercices</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>Back to the exercises</source>
            <translation>Retour aux exercices</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>Session summary</source>
            <translation>Bilan de la séance</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>Session stopped</source>
            <translation>Séance arrêtée</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>Well done!</source>
            <translation>Bravo !</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>Routine finished</source>
            <translation>Routine terminée</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>{routine}: {duration} of exercise, {repetitions}.</source>
            <translation>{routine} : {duration} d'exercice, {repetitions}.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/summary_view.py" />
            <source>{mark} {exercise}: {done}</source>
            <translation>{mark} {exercise} : {done}</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../backrelief_gui/ui/tray.py" />
            <source>Start &amp;routine</source>
            <translation>Lancer la &amp;routine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/tray.py" />
            <source>Start &amp;desk break</source>
            <translation>Lancer la pause au &amp;bureau</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/tray.py" />
            <source>&amp;Snooze</source>
            <translation>R&amp;eporter</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/ui/tray.py" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/tray.py" />
            <source>&amp;Pause reminders</source>
            <translation>Mettre les rappels en &amp;pause</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/tray.py" />
            <source>For one hour</source>
            <translation>Pendant une heure</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/tray.py" />
            <source>Until tomorrow</source>
            <translation>Jusqu'à demain</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/tray.py" />
            <source>Resume now</source>
            <translation>Reprendre maintenant</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/tray.py" />
            <source>Break &amp;settings…</source>
            <translation>Réglages des pau&amp;ses…</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/tray.py" />
            <source>&amp;Open BackRelief</source>
            <translation>&amp;Ouvrir BackRelief</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/tray.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
    </context>
    <context>
        <name>VoiceSettingsDialog</name>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>Draw your shoulder blades back and together, and hold for ten seconds.</source>
            <translation>Tirez les omoplates vers l'arrière, rapprochez-les, et tenez dix secondes.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>The system's voice</source>
            <translation>La voix du système</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>Voice</source>
            <translation>Voix</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>Speaking rate, words per minute</source>
            <translation>Débit de parole, en mots par minute</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>Volume, percent</source>
            <translation>Volume, en pourcentage</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>&amp;Mute the voice (cues are still shown)</source>
            <translation>&amp;Couper la voix (les consignes restent affichées)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>&amp;Beep on the last three seconds of get-ready and rests</source>
            <translation>&amp;Bips pendant les 3 dernières secondes (préparation et repos)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>&amp;Preview</source>
            <translation>Écou&amp;ter</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>Say a sample sentence with these settings</source>
            <translation>Dire une phrase d'exemple avec ces réglages</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>&amp;Voice:</source>
            <translation>&amp;Voix :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>&amp;Rate:</source>
            <translation>&amp;Débit :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>V&amp;olume:</source>
            <translation>V&amp;olume :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>{rate} wpm</source>
            <translation>{rate} mots/min</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>&amp;Language:</source>
            <translation type="vanished">&amp;Langue :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>A new language takes effect when BackRelief next starts.</source>
            <translation type="vanished">Une nouvelle langue s'applique au prochain démarrage de BackRelief.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>Language</source>
            <translation type="vanished">Langue</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>The system's language</source>
            <translation type="vanished">La langue du système</translation>
        </message>
    </context>
    <context>
        <name>VoiceSpeaker</name>
        <message>
            <location filename="../../backrelief_gui/speech/speaker.py" />
            <source>Cues will be shown but not spoken. {reason}</source>
            <translation>Les consignes seront affichées mais pas dites à voix haute. {reason}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/speech/speaker.py" />
            <source>Cues will be shown but not spoken: no audio player was found. Install alsa-utils (on Debian or Ubuntu: sudo apt-get install alsa-utils).</source>
            <translation>Les consignes seront affichées mais pas dites à voix haute : aucun lecteur audio n'a été trouvé. Installez alsa-utils (sur Debian ou Ubuntu : sudo apt-get install alsa-utils).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/speech/speaker.py" />
            <source>Cues will be shown but not spoken: the sound could not be played ({reason}). Check that a sound device is connected and not muted.</source>
            <translation>Les consignes seront affichées mais pas dites à voix haute : le son n'a pas pu être joué ({reason}). Vérifiez qu'un périphérique audio est branché et que le son n'est pas coupé.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWizard</name>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>BackRelief talks you through six physiotherapy exercises for the upper back, and reminds you to get up from your desk now and then.

A few quick choices set it up for you: the voice, your breaks, and a safety note to read. You can change all of them later with the buttons at the top of the window.

Skip keeps the usual settings, and this welcome does not come back.</source>
            <translation>BackRelief vous guide, à la voix, dans six exercices de kinésithérapie pour le haut du dos, et vous rappelle de temps en temps de vous lever de votre bureau.

Quelques choix rapides suffisent pour le régler : la voix, vos pauses, et une note de sécurité à lire. Vous pourrez tout changer plus tard avec les boutons en haut de la fenêtre.

Passer garde les réglages habituels, et cet accueil ne reviendra pas.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Every step is spoken, so you can follow the exercises without watching the screen.</source>
            <translation>Chaque étape est dite à voix haute : vous pouvez suivre les exercices sans regarder l'écran.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Preview works once the speech engine has started.</source>
            <translation>L'écoute fonctionne dès que le moteur de synthèse vocale a démarré.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Sitting for hours without moving is one of the everyday causes of upper back pain. BackRelief can tell you when it is time to get up and move.</source>
            <translation>Rester assis des heures sans bouger est l'une des causes courantes des douleurs du haut du dos. BackRelief peut vous dire quand il est temps de vous lever et de bouger.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Choosing “I understand” confirms you have read this note.</source>
            <translation>Choisir « J'ai compris » confirme que vous avez lu cette note.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Welcome to BackRelief</source>
            <translation>Bienvenue dans BackRelief</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>&amp;Skip</source>
            <translation>P&amp;asser</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>I &amp;understand</source>
            <translation>J'ai &amp;compris</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Keep the usual settings and close this welcome</source>
            <translation>Garder les réglages habituels et fermer cet accueil</translation>
        </message>
    </context>
    <context>
        <name>_BreaksPage</name>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Breaks from sitting</source>
            <translation>Des pauses pour moins rester assis</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>&amp;Remind me to take breaks</source>
            <translation>Me &amp;rappeler de faire des pauses</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Break every</source>
            <translation>Pause toutes les</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Working hours start</source>
            <translation>Début des heures de travail</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Working hours end</source>
            <translation>Fin des heures de travail</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Start BackRelief in the tray when I &amp;log in</source>
            <translation>Lancer BackRelief à l'&amp;ouverture de session, en arrière-plan</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Working &amp;hours:</source>
            <translation>&amp;Heures de travail :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Break &amp;every:</source>
            <translation>Pause &amp;toutes les :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Working days:</source>
            <translation>Jours de travail :</translation>
        </message>
    </context>
    <context>
        <name>_VoicePage</name>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Your coach's voice</source>
            <translation>La voix de votre coach</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Voice</source>
            <translation>Voix</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>&amp;Preview</source>
            <translation>Écou&amp;ter</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>Say a sample sentence in the chosen voice</source>
            <translation>Dire une phrase d'exemple avec la voix choisie</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>&amp;Mute the voice: show each step without speaking it</source>
            <translation>&amp;Couper la voix : afficher chaque étape sans la dire</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/welcome.py" />
            <source>&amp;Voice:</source>
            <translation>&amp;Voix :</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../backrelief_gui/app.py" />
            <source>Some files could not be used:</source>
            <translation>Certains fichiers n'ont pas pu être utilisés :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/app.py" />
            <source>backrelief: this desktop has no tray, so BackRelief runs hidden and reminds you with its own window. Start it again to open the main window.</source>
            <translation>backrelief : ce bureau n'a pas de zone de notification ; BackRelief tourne donc en arrière-plan et vous rappelle les pauses dans sa propre fenêtre. Relancez-le pour ouvrir la fenêtre principale.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/app.py" />
            <source>Silent: running {speed} times faster</source>
            <translation>Muet : déroulement {speed} fois plus rapide</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/app.py" />
            <source>the system's voice</source>
            <translation>la voix du système</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/app.py" />
            <source>Voice: {name}</source>
            <translation>Voix : {name}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/app.py" />
            <source>Voice: off (see the message above)</source>
            <translation>Voix : indisponible (voir le message ci-dessus)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/app.py" />
            <source>This run is silent, so there is no voice to try; every step is shown.</source>
            <translation>BackRelief tourne ici en silence : pas de voix à essayer, chaque étape s'affiche.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/app.py" />
            <source>No voice could be started, so every step will be shown: {problem}</source>
            <translation>Aucune voix n'a pu démarrer, chaque étape s'affichera donc : {problem}</translation>
        </message>
    </context>
    <context>
        <name>autostart</name>
        <message>
            <location filename="../../backrelief_gui/platform/autostart.py" />
            <source>Could not set {app} to start at login: the folder {folder} cannot be written ({reason}).</source>
            <translation>Impossible de lancer {app} à l'ouverture de session : le dossier {folder} n'est pas accessible en écriture ({reason}).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/platform/autostart.py" />
            <source>Could not set {app} to start at login: {file} cannot be written ({reason}).</source>
            <translation>Impossible de lancer {app} à l'ouverture de session : impossible d'écrire {file} ({reason}).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/platform/autostart.py" />
            <source>Could not stop {app} starting at login: {file} cannot be removed ({reason}). Removing that file by hand does the same.</source>
            <translation>Impossible d'arrêter le lancement de {app} à l'ouverture de session : {file} ne peut pas être supprimé ({reason}). Supprimer ce fichier à la main revient au même.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/platform/autostart.py" />
            <source>Could not set {app} to start at login: its program path {program} contains '=', which a desktop entry cannot hold.</source>
            <translation>Impossible de lancer {app} à l'ouverture de session : le chemin de son programme, {program}, contient « = », ce qu'une entrée de bureau ne peut pas contenir.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/platform/autostart.py" />
            <source>Could not set {app} to start at login: the registry key {key} cannot be written ({reason}).</source>
            <translation>Impossible de lancer {app} à l'ouverture de session : la clé de registre {key} n'est pas accessible en écriture ({reason}).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/platform/autostart.py" />
            <source>Could not stop {app} starting at login: the registry value {app} under {key} cannot be removed ({reason}).</source>
            <translation>Impossible d'arrêter le lancement de {app} à l'ouverture de session : la valeur de registre {app} sous {key} ne peut pas être supprimée ({reason}).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/platform/autostart.py" />
            <source>Starting {app} at login is not available on this system ({system}).</source>
            <translation>Le lancement de {app} à l'ouverture de session n'est pas disponible sur ce système ({system}).</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>Nothing was restored: {reason}.</source>
            <translation>Rien n'a été restauré : {reason}.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>Your history was restored from {file}.</source>
            <translation>Votre historique a été restauré depuis {file}.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>Your history from before is kept as {file}.</source>
            <translation>Votre historique précédent est conservé sous {file}.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>there is no such file.</source>
            <translation>ce fichier n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>it is the history in use now. Choose a backup copy.</source>
            <translation>c'est l'historique utilisé en ce moment. Choisissez une copie de sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>the folder {folder} cannot be created ({reason}).</source>
            <translation>le dossier {folder} ne peut pas être créé ({reason}).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>the folder {folder} cannot be written to.</source>
            <translation>le dossier {folder} n'est pas accessible en écriture.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>it is not a BackRelief history backup (not a database file).</source>
            <translation>ce n'est pas une sauvegarde d'historique BackRelief (ce n'est pas une base de données).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>it could not be read ({error}).</source>
            <translation>il n'a pas pu être lu ({error}).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>The file {file} cannot be restored: {reason}</source>
            <translation>Le fichier {file} ne peut pas être restauré : {reason}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>it is damaged (it failed its integrity check).</source>
            <translation>il est endommagé (sa vérification d'intégrité a échoué).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>it was written by a newer version of BackRelief. Update BackRelief first, then restore it.</source>
            <translation>il a été écrit par une version plus récente de BackRelief. Mettez d'abord BackRelief à jour, puis restaurez-le.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>it is a database, but not a BackRelief history.</source>
            <translation>c'est une base de données, mais pas un historique BackRelief.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>Your current history could not be copied aside ({error}), so nothing was restored.</source>
            <translation>Votre historique actuel n'a pas pu être mis de côté ({error}) : rien n'a donc été restauré.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>the history file {file} is in use by another program</source>
            <translation>le fichier d'historique {file} est utilisé par un autre programme</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>the history file {file} could not be closed cleanly ({error})</source>
            <translation>le fichier d'historique {file} n'a pas pu être fermé proprement ({error})</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/backup.py" />
            <source>the backup could not be put in place ({reason})</source>
            <translation>la sauvegarde n'a pas pu être mise en place ({reason})</translation>
        </message>
    </context>
    <context>
        <name>break schedule</name>
        <message>
            <location filename="../../backrelief_gui/core/break_schedule.py" />
            <source>Time away from the keyboard and mouse of {duration} or more — idle, screen locked or the computer asleep — counts as a break and starts the count again; shorter time away counts as work.</source>
            <translation>Une absence du clavier et de la souris de {duration} ou plus — inactivité, écran verrouillé ou ordinateur en veille — compte comme une pause et relance le décompte ; une absence plus courte compte comme du travail.</translation>
        </message>
    </context>
    <context>
        <name>break settings</name>
        <message>
            <location filename="../../backrelief_gui/storage/break_prefs.py" />
            <source>The break settings could not be used ({error}); defaults apply.</source>
            <translation>Les réglages des pauses n'ont pas pu être utilisés ({error}) ; les réglages par défaut s'appliquent.</translation>
        </message>
    </context>
    <context>
        <name>dose</name>
        <message>
            <location filename="../../backrelief_gui/core/catalogue.py" />
            <source>1 rep</source>
            <translation>1 rép.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/core/catalogue.py" />
            <source>%n reps</source>
            <translation>
                <numerusform>%n rép.</numerusform>
                <numerusform>%n rép.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/catalogue.py" />
            <source>{sets} × {reps}</source>
            <translation>{sets} × {reps}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/catalogue.py" />
            <source>hold {seconds} s</source>
            <translation>tenir {seconds} s</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/catalogue.py" />
            <source>{reps}, {hold}</source>
            <translation>{reps}, {hold}</translation>
        </message>
    </context>
    <context>
        <name>durations</name>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <location filename="../../backrelief_gui/core/text.py" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/text.py" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/text.py" />
            <source>{minutes} min {seconds:02d} s</source>
            <translation>{minutes} min {seconds:02d} s</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/text.py" />
            <source>{hours} h {minutes:02d} min</source>
            <translation>{hours} h {minutes:02d} min</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/text.py" />
            <source>1 minute</source>
            <translation>1 minute</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/core/text.py" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <location filename="../../backrelief_gui/storage/history.py" />
            <source>The history file {file} is in use by another program, so this could not be saved. Close the other program and try again.</source>
            <translation>Le fichier d'historique {file} est utilisé par un autre programme : ceci n'a donc pas pu être enregistré. Fermez l'autre programme et réessayez.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/history.py" />
            <source>The history file {file} could not be written ({error}).</source>
            <translation>Le fichier d'historique {file} n'a pas pu être écrit ({error}).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/history.py" />
            <source>the folder {folder} cannot be created ({reason})</source>
            <translation>le dossier {folder} ne peut pas être créé ({reason})</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/history.py" />
            <source>the folder {folder} cannot be written to</source>
            <translation>le dossier {folder} n'est pas accessible en écriture</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/history.py" />
            <source>the file {file} is in use by another program (is BackRelief already open?)</source>
            <translation>le fichier {file} est utilisé par un autre programme (BackRelief est-il déjà ouvert ?)</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/history.py" />
            <source>{file} cannot be created ({error})</source>
            <translation>{file} ne peut pas être créé ({error})</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/history.py" />
            <source>a fresh history file could not be started ({error})</source>
            <translation>un nouveau fichier d'historique n'a pas pu être créé ({error})</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/history.py" />
            <source>Your history file was damaged ({error}). It was moved to {file} and a new, empty history was started. The old file is kept in case it can be recovered.</source>
            <translation>Votre fichier d'historique était endommagé ({error}). Il a été déplacé vers {file} et un nouvel historique, vide, a été commencé. L'ancien fichier est conservé au cas où il pourrait être récupéré.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/history.py" />
            <source>the file {file} was written by a newer version of BackRelief. It has been left untouched; update BackRelief to keep recording your sessions</source>
            <translation>le fichier {file} a été écrit par une version plus récente de BackRelief. Il n'a pas été modifié ; mettez BackRelief à jour pour continuer à enregistrer vos séances</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/history.py" />
            <source>The last session was cut short when BackRelief closed unexpectedly; the exercises finished before then are kept.</source>
            <translation>La dernière séance a été interrompue par une fermeture inattendue de BackRelief ; les exercices terminés avant sont conservés.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/storage/history.py" />
            <source>The last %n sessions were cut short when BackRelief closed unexpectedly; the exercises finished before then are kept.</source>
            <translation>
                <numerusform>%n séance a été interrompue par une fermeture inattendue de BackRelief ; les exercices terminés avant sont conservés.</numerusform>
                <numerusform>Les %n dernières séances ont été interrompues par une fermeture inattendue de BackRelief ; les exercices terminés avant sont conservés.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/history.py" />
            <source>Your sessions will not be saved this time: {reason}.</source>
            <translation>Vos séances ne seront pas enregistrées cette fois-ci : {reason}.</translation>
        </message>
    </context>
    <context>
        <name>pain</name>
        <message>
            <location filename="../../backrelief_gui/core/pain.py" />
            <source>Your back hurts more than before this session. Ease off: try the gentle dose, move only as far as is comfortable, and skip any exercise that makes it worse. If the pain stays like this or keeps coming back, see a physiotherapist or a doctor.</source>
            <translation>Votre dos vous fait plus mal qu'avant cette séance. Allez-y plus doucement : essayez la dose douce, ne bougez que tant que c'est confortable, et sautez tout exercice qui aggrave la douleur. Si la douleur persiste ou revient souvent, consultez un kinésithérapeute ou un médecin.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/pain.py" />
            <source>Your pain is high after this session. Ease off: try the gentle dose, move only as far as is comfortable, and skip any exercise that makes it worse. If the pain stays like this or keeps coming back, see a physiotherapist or a doctor.</source>
            <translation>Votre douleur est forte après cette séance. Allez-y plus doucement : essayez la dose douce, ne bougez que tant que c'est confortable, et sautez tout exercice qui aggrave la douleur. Si la douleur persiste ou revient souvent, consultez un kinésithérapeute ou un médecin.</translation>
        </message>
    </context>
    <context>
        <name>progression</name>
        <message numerus="yes">
            <location filename="../../backrelief_gui/core/progression.py" />
            <source>%n sessions of {name} at the gentle dose with no rise in pain</source>
            <translation>
                <numerusform>{name} : %n séance à la dose douce sans hausse de la douleur</numerusform>
                <numerusform>{name} : %n séances à la dose douce sans hausse de la douleur</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <location filename="../../backrelief_gui/core/reminder_text.py" />
            <source>Time for a break</source>
            <translation>C'est l'heure d'une pause</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/reminder_text.py" />
            <source>A 30-second pause</source>
            <translation>Une pause de 30 secondes</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/reminder_text.py" />
            <source>Take {seconds} seconds: let your arms hang, roll your shoulders back and down, and look at something far away.</source>
            <translation>Prenez {seconds} secondes : laissez pendre les bras, roulez les épaules vers l'arrière et vers le bas, et regardez au loin.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/reminder_text.py" />
            <source>You have been at the desk for {duration}. Stand up, move, and give your upper back two minutes with the desk break.</source>
            <translation>Vous êtes à votre bureau depuis {duration}. Levez-vous, bougez, et accordez deux minutes au haut de votre dos avec la pause au bureau.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/reminder_text.py" />
            <source>Still to do today from {routine}: {exercises}.</source>
            <translation>Encore à faire aujourd'hui dans {routine} : {exercises}.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/reminder_text.py" />
            <source>Time for a thirty-second pause. Roll your shoulders and look away.</source>
            <translation>C'est l'heure d'une pause de trente secondes. Roulez les épaules et regardez au loin.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/reminder_text.py" />
            <source>Time for a break. Stand up, and try the desk break.</source>
            <translation>C'est l'heure d'une pause. Levez-vous, et essayez la pause au bureau.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/reminder_text.py" />
            <source>Break reminders are off</source>
            <translation>Les rappels de pause sont désactivés</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/reminder_text.py" />
            <source>Break reminders paused until {time}</source>
            <translation>Rappels de pause suspendus jusqu'à {time}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/reminder_text.py" />
            <source>No break reminders: no working days are set</source>
            <translation>Aucun rappel de pause : aucun jour de travail n'est choisi</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/reminder_text.py" />
            <source>Next break: now</source>
            <translation>Prochaine pause : maintenant</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/core/reminder_text.py" />
            <source>Next break in %n min</source>
            <translation>
                <numerusform>Prochaine pause dans %n min</numerusform>
                <numerusform>Prochaine pause dans %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>BackRelief — exercise report</source>
            <translation>BackRelief — bilan des exercices</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Jan</source>
            <translation>janv.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Feb</source>
            <translation>févr.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Mar</source>
            <translation>mars</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Apr</source>
            <translation>avr.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>May</source>
            <comment>short month name</comment>
            <translation>mai</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Jun</source>
            <translation>juin</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Jul</source>
            <translation>juil.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Aug</source>
            <translation>août</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Sep</source>
            <translation>sept.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Oct</source>
            <translation>oct.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Nov</source>
            <translation>nov.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Dec</source>
            <translation>déc.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>January</source>
            <translation>janvier</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>February</source>
            <translation>février</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>March</source>
            <translation>mars</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>April</source>
            <translation>avril</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>June</source>
            <translation>juin</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>July</source>
            <translation>juillet</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>August</source>
            <translation>août</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>September</source>
            <translation>septembre</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>October</source>
            <translation>octobre</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>November</source>
            <translation>novembre</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>December</source>
            <translation>décembre</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>{day} {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>{day} {month}</source>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>1 day</source>
            <translation>1 jour</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>%n days</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>1 session</source>
            <translation>1 séance</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>%n sessions</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>From the user's own session log in BackRelief. Pain is self-rated from 0 (none) to 10 (worst). Weeks start on Monday.</source>
            <translation>Journal tenu par l'utilisateur dans BackRelief. Douleur auto-évaluée de 0 (aucune) à 10 (pire). Semaines dès le lundi.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Covers {since} to {today} (the last %n weeks)</source>
            <translation>
                <numerusform>Du {since} au {today} (%n semaine)</numerusform>
                <numerusform>Du {since} au {today} (%n dernières semaines)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>sessions recorded since {day}</source>
            <translation>séances depuis le {day}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Adherence</source>
            <translation>Assiduité</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Sessions, last %n weeks</source>
            <translation>
                <numerusform>Séances sur %n sem.</numerusform>
                <numerusform>Séances sur %n sem.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Current streak</source>
            <translation>Série en cours</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>in a row, up to today</source>
            <translation>d'affilée, à ce jour</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Best streak</source>
            <translation>Meilleure série</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>the longest run ever</source>
            <translation>la plus longue à ce jour</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>{count} completed</source>
            <translation>{count} terminées</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>on {count} of %n days</source>
            <translation>
                <numerusform>sur {count} de %n jour</numerusform>
                <numerusform>sur {count} des %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Days exercised per week</source>
            <translation>Jours d'exercice par semaine</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Goal: {days} a week (dashed) · pale bar: this week so far</source>
            <translation>Objectif : {days} par semaine (tirets) · clair : en cours</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Pain, before and after</source>
            <translation>Douleur, avant et après</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>before</source>
            <translation>avant</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>after</source>
            <translation>après</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>No pain ratings in these weeks</source>
            <translation>Aucune note de douleur ces semaines-là</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Last 4 weeks: no sessions rated.</source>
            <translation>4 dernières semaines : aucune séance notée.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Average over the last 4 weeks: {before} before, {after} after (1 session rated).</source>
            <translation>Moyenne des 4 dernières semaines : {before} avant, {after} après (1 séance notée).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Average over the last 4 weeks: {before} before, {after} after (%n sessions rated).</source>
            <translation>
                <numerusform>Moyenne des 4 dernières semaines : {before} avant, {after} après (%n séance notée).</numerusform>
                <numerusform>Moyenne des 4 dernières semaines : {before} avant, {after} après (%n séances notées).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Exercises done in the last %n weeks</source>
            <translation>
                <numerusform>Exercices faits sur %n semaine</numerusform>
                <numerusform>Exercices faits ces %n dernières semaines</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>No exercises recorded in these weeks.</source>
            <translation>Aucun exercice enregistré ces semaines-là.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Exercise</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Repetitions</source>
            <translation>Répétitions</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>… and 1 more exercise</source>
            <translation>… et 1 autre exercice</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>… and %n more exercises</source>
            <translation>
                <numerusform>… et %n autre exercice</numerusform>
                <numerusform>… et %n autres exercices</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>Latest notes</source>
            <translation>Dernières notes</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>No notes written.</source>
            <translation>Aucune note écrite.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>pain {before} → {after}</source>
            <translation>douleur {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>1 older note not shown; all notes are in the CSV export.</source>
            <translation>1 note plus ancienne n'est pas affichée ; toutes les notes figurent dans l'export CSV.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../backrelief_gui/storage/report.py" />
            <source>%n older notes not shown; all notes are in the CSV export.</source>
            <translation>
                <numerusform>%n note plus ancienne n'est pas affichée ; toutes les notes figurent dans l'export CSV.</numerusform>
                <numerusform>%n notes plus anciennes ne sont pas affichées ; toutes les notes figurent dans l'export CSV.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>routine builder</name>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>reps</source>
            <translation>répétitions</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>sets</source>
            <translation>séries</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>hold</source>
            <translation>maintien</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>tempo</source>
            <translation>tempo</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>rest</source>
            <translation>repos</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>each side</source>
            <translation>chaque côté</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>A routine of my own.</source>
            <translation>Ma propre routine.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>Give the routine a name.</source>
            <translation>Donnez un nom à la routine.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>Keep the name and description under {max} characters.</source>
            <translation>Le nom et la description doivent faire moins de {max} caractères.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>Add at least one exercise.</source>
            <translation>Ajoutez au moins un exercice.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>A routine can hold at most {max} exercises.</source>
            <translation>Une routine peut contenir au plus {max} exercices.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>{exercise} has no {field} to set.</source>
            <translation>{exercise} n'a pas de réglage « {field} ».</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>{field} can be from {low} to {high}; {value} is outside that.</source>
            <translation>« {field} » va de {low} à {high} ; {value} est en dehors de ces limites.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>There is no exercise number {number} in this routine.</source>
            <translation>Il n'y a pas d'exercice numéro {number} dans cette routine.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>usual: {same} s, or {new} s to change place</source>
            <translation>habituel : {same} s, ou {new} s pour changer de place</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>programme: {value}</source>
            <translation>programme : {value}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>{seconds} s a rep</source>
            <translation>{seconds} s par rép.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/core/routine_draft.py" />
            <source>rest {seconds} s</source>
            <translation>repos {seconds} s</translation>
        </message>
    </context>
    <context>
        <name>routine files</name>
        <message>
            <location filename="../../backrelief_gui/storage/routine_store.py" />
            <source>BackRelief is not allowed to write there</source>
            <translation>BackRelief n'a pas le droit d'écrire à cet endroit</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/routine_store.py" />
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/routine_store.py" />
            <source>something that is not a folder is in the way</source>
            <translation>quelque chose qui n'est pas un dossier bloque le chemin</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/user_routines.py" />
            <source>“{name}” could not be saved in {folder}: {reason}</source>
            <translation>« {name} » n'a pas pu être enregistrée dans {folder} : {reason}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/user_routines.py" />
            <source>{file} could not be read: {reason}</source>
            <translation>{file} n'a pas pu être lu : {reason}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/user_routines.py" />
            <source>{file} could not be deleted: {reason}</source>
            <translation>{file} n'a pas pu être supprimé : {reason}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/user_routines.py" />
            <source>{file} could not be put back: {reason}</source>
            <translation>{file} n'a pas pu être remis en place : {reason}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/user_routines.py" />
            <source>BackRelief is not allowed to write in that folder.</source>
            <translation type="vanished">BackRelief n'a pas le droit d'écrire dans ce dossier.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/user_routines.py" />
            <source>the disk is full.</source>
            <translation type="vanished">le disque est plein.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/user_routines.py" />
            <source>something that is not a folder is in the way.</source>
            <translation type="vanished">quelque chose qui n'est pas un dossier bloque le chemin.</translation>
        </message>
    </context>
    <context>
        <name>safety</name>
        <message>
            <location filename="../../backrelief_gui/ui/safety.py" />
            <source>Before you start</source>
            <translation>Avant de commencer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/safety.py" />
            <source>BackRelief guides exercises; it does not give medical advice.

• Move gently and stay within a range that feels comfortable.
• Stop an exercise straight away if it brings sharp or growing pain, numbness or tingling.
• If your pain does not go away, or began with an injury, see a physiotherapist or a doctor.</source>
            <translation>BackRelief vous guide dans des exercices ; il ne donne pas d'avis médical.

• Bougez en douceur et restez dans une amplitude qui vous semble confortable.
• Arrêtez tout de suite un exercice s'il provoque une douleur vive ou croissante, un engourdissement ou des fourmillements.
• Si votre douleur ne passe pas, ou si elle a commencé après une blessure, consultez un kinésithérapeute ou un médecin.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/safety.py" />
            <source>I understand — start</source>
            <translation>J'ai compris — commencer</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/safety.py" />
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../backrelief_gui/storage/settings.py" />
            <source>Your settings could not be saved to {folder} ({reason}). They will last until BackRelief closes.</source>
            <translation>Vos réglages n'ont pas pu être enregistrés dans {folder} ({reason}). Ils restent valables jusqu'à la fermeture de BackRelief.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/settings.py" />
            <source>It was moved to {file}.</source>
            <translation>Il a été déplacé vers {file}.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/settings.py" />
            <source>It was left where it is.</source>
            <translation>Il a été laissé à sa place.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/storage/settings.py" />
            <source>Your settings file could not be read ({error}), so defaults are used. {where}</source>
            <translation>Votre fichier de réglages n'a pas pu être lu ({error}) : les réglages par défaut sont utilisés. {where}</translation>
        </message>
    </context>
    <context>
        <name>single instance</name>
        <message>
            <location filename="../../backrelief_gui/platform/single_instance.py" />
            <source>Could not check for another running BackRelief ({file}: {reason}). Running without that check.</source>
            <translation>Impossible de vérifier si un autre BackRelief est ouvert ({file} : {reason}). BackRelief fonctionne sans cette vérification.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/platform/single_instance.py" />
            <source>Could not lock {file} ({reason}); another BackRelief may be running on the same data folder.</source>
            <translation>Impossible de verrouiller {file} ({reason}) ; un autre BackRelief utilise peut-être le même dossier de données.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/platform/single_instance.py" />
            <source>Another BackRelief started later will not be able to reach this one ({reason}).</source>
            <translation>Un autre BackRelief lancé plus tard ne pourra pas joindre celui-ci ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>speech</name>
        <message>
            <location filename="../../backrelief_gui/speech/engine.py" />
            <source>Install eSpeak NG (on Debian or Ubuntu: sudo apt-get install espeak-ng).</source>
            <translation>Installez eSpeak NG (sur Debian ou Ubuntu : sudo apt-get install espeak-ng).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/speech/engine.py" />
            <source>Check that a Windows voice is installed under Settings › Time &amp; language › Speech.</source>
            <translation>Vérifiez qu'une voix Windows est installée dans Paramètres › Heure et langue › Voix.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/speech/engine.py" />
            <source>Check the system's spoken content settings.</source>
            <translation>Vérifiez les réglages « Contenu énoncé » du système.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/speech/engine.py" />
            <source>The speech module is missing ({error}).</source>
            <translation>Le module de synthèse vocale est absent ({error}).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/speech/engine.py" />
            <source>No text-to-speech engine could start ({error}). {hint}</source>
            <translation>Aucun moteur de synthèse vocale n'a pu démarrer ({error}). {hint}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/speech/engine.py" />
            <source>The 'say' command is missing. {hint}</source>
            <translation>La commande « say » est absente. {hint}</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/speech/worker.py" />
            <source>The voice could not be prepared ({error}).</source>
            <translation>La voix n'a pas pu être préparée ({error}).</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/speech/worker.py" />
            <source>no speech engine</source>
            <translation>aucun moteur de synthèse vocale</translation>
        </message>
    </context>
    <context>
        <name>exercise/shoulder-blade-squeeze</name>
        <message>
            <location filename="../exercises.toml" />
            <source>Shoulder Blade Squeeze</source>
            <extracomment>the exercise's name</extracomment>
            <translation>Rapprochement des omoplates</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Strengthens the muscles of your upper back and helps you keep a better posture.</source>
            <extracomment>what it does for the back, one sentence</extracomment>
            <translation>Renforce les muscles du haut du dos et vous aide à garder une meilleure posture.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Nothing — sit or stand</source>
            <extracomment>what is needed, shown in the list</extracomment>
            <translation>Rien — assis ou debout</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Sit or stand tall, with your back straight.</source>
            <extracomment>getting into position; spoken after the name</extracomment>
            <translation>Asseyez-vous ou tenez-vous debout, le dos bien droit.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Pull both shoulder blades back and toward each other. Keep them there while you hold, then relax.</source>
            <extracomment>one repetition, shown on screen</extracomment>
            <translation>Tirez les deux omoplates vers l'arrière et rapprochez-les. Gardez-les ainsi pendant le maintien, puis relâchez.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Keep your shoulders down, away from your ears.</source>
            <extracomment>a tip</extracomment>
            <translation>Gardez les épaules basses, loin des oreilles.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Breathe normally while you hold.</source>
            <extracomment>a tip</extracomment>
            <translation>Respirez normalement pendant le maintien.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Let your neck and arms stay loose.</source>
            <extracomment>a tip</extracomment>
            <translation>Laissez la nuque et les bras détendus.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Pull your shoulder blades back and together.</source>
            <extracomment>spoken at the start of each hold</extracomment>
            <translation>Tirez les omoplates vers l'arrière et rapprochez-les.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Squeeze and hold</source>
            <extracomment>shown during the hold: a few words</extracomment>
            <translation>Serrez et tenez</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>And relax.</source>
            <extracomment>spoken when the hold ends</extracomment>
            <translation>Et relâchez.</translation>
        </message>
    </context>
    <context>
        <name>exercise/cat-cow</name>
        <message>
            <location filename="../exercises.toml" />
            <source>Cat-Cow Stretch</source>
            <extracomment>the exercise's name</extracomment>
            <translation>Chat-vache</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Keeps your spine supple and loosens tension along your back.</source>
            <extracomment>what it does for the back, one sentence</extracomment>
            <translation>Garde votre colonne souple et relâche les tensions le long du dos.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>The floor (a mat helps)</source>
            <extracomment>what is needed, shown in the list</extracomment>
            <translation>Le sol (un tapis aide)</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Come down onto your hands and knees.</source>
            <extracomment>getting into position; spoken after the name</extracomment>
            <translation>Mettez-vous à quatre pattes, sur les mains et les genoux.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>As you breathe in, arch your back and lift your head. As you breathe out, round your back and tuck your chin in.</source>
            <extracomment>one repetition, shown on screen</extracomment>
            <translation>En inspirant, creusez le dos et relevez la tête. En expirant, arrondissez le dos et rentrez le menton.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Put your hands under your shoulders and your knees under your hips.</source>
            <extracomment>a tip</extracomment>
            <translation>Placez les mains sous les épaules et les genoux sous les hanches.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Let your breathing set the pace.</source>
            <extracomment>a tip</extracomment>
            <translation>Laissez votre respiration donner le rythme.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Move only as far as feels comfortable.</source>
            <extracomment>a tip</extracomment>
            <translation>N'allez pas plus loin que ce qui reste confortable.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Cow — breathe in</source>
            <extracomment>phase 1: shown on screen, a few words</extracomment>
            <translation>Vache — inspirez</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Breathe in, arch, lift your head.</source>
            <extracomment>phase 1: spoken at its start, a few words</extracomment>
            <translation>Inspirez, creusez, relevez la tête.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Cat — breathe out</source>
            <extracomment>phase 2: shown on screen, a few words</extracomment>
            <translation>Chat — expirez</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Breathe out, round, tuck your chin.</source>
            <extracomment>phase 2: spoken at its start, a few words</extracomment>
            <translation>Expirez, arrondissez, rentrez le menton.</translation>
        </message>
    </context>
    <context>
        <name>exercise/thoracic-extension</name>
        <message>
            <location filename="../exercises.toml" />
            <source>Thoracic Extension Stretch</source>
            <extracomment>the exercise's name</extracomment>
            <translation>Extension thoracique</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Opens up your chest and eases stiffness in your upper back.</source>
            <extracomment>what it does for the back, one sentence</extracomment>
            <translation>Ouvre la poitrine et soulage la raideur du haut du dos.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>A chair</source>
            <extracomment>what is needed, shown in the list</extracomment>
            <translation>Une chaise</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Sit on a chair with your feet flat on the floor and your hands behind your head.</source>
            <extracomment>getting into position; spoken after the name</extracomment>
            <translation>Asseyez-vous sur une chaise, les pieds à plat sur le sol et les mains derrière la tête.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Lean back slowly, letting your upper back arch over the top of the chair back. Stay there for the hold, then come back to neutral.</source>
            <extracomment>one repetition, shown on screen</extracomment>
            <translation>Penchez-vous lentement en arrière, en laissant le haut du dos se cambrer par-dessus le haut du dossier. Restez ainsi pendant le maintien, puis revenez en position neutre.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Choose a steady chair with a firm back.</source>
            <extracomment>a tip</extracomment>
            <translation>Choisissez une chaise stable, au dossier ferme.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Keep your elbows wide and your neck relaxed.</source>
            <extracomment>a tip</extracomment>
            <translation>Gardez les coudes écartés et la nuque détendue.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Lean back only as far as is comfortable.</source>
            <extracomment>a tip</extracomment>
            <translation>Ne vous penchez en arrière que tant que c'est confortable.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Lean back and arch over the chair.</source>
            <extracomment>spoken at the start of each hold</extracomment>
            <translation>Penchez-vous en arrière, cambrez-vous sur le dossier.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Lean back and hold</source>
            <extracomment>shown during the hold: a few words</extracomment>
            <translation>Penchez-vous et tenez</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Slowly come back to neutral.</source>
            <extracomment>spoken when the hold ends</extracomment>
            <translation>Revenez lentement en position neutre.</translation>
        </message>
    </context>
    <context>
        <name>exercise/wall-angels</name>
        <message>
            <location filename="../exercises.toml" />
            <source>Wall Angels</source>
            <extracomment>the exercise's name</extracomment>
            <translation>Anges au mur</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Helps correct your posture and frees up movement in your shoulders.</source>
            <extracomment>what it does for the back, one sentence</extracomment>
            <translation>Aide à corriger votre posture et libère le mouvement des épaules.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>A wall</source>
            <extracomment>what is needed, shown in the list</extracomment>
            <translation>Un mur</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Stand with your back against a wall and raise your arms to 90 degrees.</source>
            <extracomment>getting into position; spoken after the name</extracomment>
            <translation>Tenez-vous debout, le dos contre un mur, et levez les bras à 90 degrés.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Slide your arms slowly up the wall, then slowly back down, as if you were making a snow angel.</source>
            <extracomment>one repetition, shown on screen</extracomment>
            <translation>Faites glisser lentement les bras vers le haut le long du mur, puis redescendez-les lentement, comme pour faire un ange dans la neige.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Keep your back and head touching the wall.</source>
            <extracomment>a tip</extracomment>
            <translation>Gardez le dos et la tête contre le mur.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Go slowly and stay in control.</source>
            <extracomment>a tip</extracomment>
            <translation>Allez lentement et gardez le contrôle.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Only reach as high as feels comfortable.</source>
            <extracomment>a tip</extracomment>
            <translation>Ne montez pas plus haut que ce qui reste confortable.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Slide up</source>
            <extracomment>phase 1: shown on screen, a few words</extracomment>
            <translation>Glissez vers le haut</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Slowly slide your arms up.</source>
            <extracomment>phase 1: spoken at its start, a few words</extracomment>
            <translation>Faites glisser lentement les bras vers le haut.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Slide down</source>
            <extracomment>phase 2: shown on screen, a few words</extracomment>
            <translation>Glissez vers le bas</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>And slowly back down.</source>
            <extracomment>phase 2: spoken at its start, a few words</extracomment>
            <translation>Et redescendez lentement.</translation>
        </message>
    </context>
    <context>
        <name>exercise/seated-row</name>
        <message>
            <location filename="../exercises.toml" />
            <source>Seated Row with Resistance Band</source>
            <extracomment>the exercise's name</extracomment>
            <translation>Rowing assis avec élastique</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Builds strength in your upper back and supports good posture.</source>
            <extracomment>what it does for the back, one sentence</extracomment>
            <translation>Renforce le haut du dos et soutient une bonne posture.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>A resistance band and the floor</source>
            <extracomment>what is needed, shown in the list</extracomment>
            <translation>Un élastique de résistance et le sol</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Sit on the floor with your legs straight out, the band looped around your feet, and one end in each hand.</source>
            <extracomment>getting into position; spoken after the name</extracomment>
            <translation>Asseyez-vous sur le sol, les jambes tendues devant vous, l'élastique passé autour des pieds et une extrémité dans chaque main.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Pull the band in toward your body, squeezing your shoulder blades together as you go. Then let your arms go back slowly.</source>
            <extracomment>one repetition, shown on screen</extracomment>
            <translation>Tirez l'élastique vers votre corps en serrant les omoplates l'une contre l'autre. Puis laissez revenir les bras lentement.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Sit up tall, and don't lean back to pull.</source>
            <extracomment>a tip</extracomment>
            <translation>Tenez-vous bien droit, et ne vous penchez pas en arrière pour tirer.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Keep your elbows close to your sides.</source>
            <extracomment>a tip</extracomment>
            <translation>Gardez les coudes près du corps.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Control the band on the way back, so it never snaps.</source>
            <extracomment>a tip</extracomment>
            <translation>Contrôlez l'élastique au retour, pour qu'il ne claque jamais.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Pull</source>
            <extracomment>phase 1: shown on screen, a few words</extracomment>
            <translation>Tirez</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Pull the band toward you.</source>
            <extracomment>phase 1: spoken at its start, a few words</extracomment>
            <translation>Tirez l'élastique vers vous.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Squeeze</source>
            <extracomment>phase 2: shown on screen, a few words</extracomment>
            <translation>Serrez</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Now squeeze.</source>
            <extracomment>phase 2: spoken at its start, a few words</extracomment>
            <translation>Maintenant, serrez.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Return slowly</source>
            <extracomment>phase 3: shown on screen, a few words</extracomment>
            <translation>Revenez lentement</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Slowly let your arms return.</source>
            <extracomment>phase 3: spoken at its start, a few words</extracomment>
            <translation>Laissez revenir les bras lentement.</translation>
        </message>
    </context>
    <context>
        <name>exercise/childs-pose</name>
        <message>
            <location filename="../exercises.toml" />
            <source>Child's Pose Stretch</source>
            <extracomment>the exercise's name</extracomment>
            <translation>Posture de l'enfant</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Helps you relax and releases tension in your back and shoulders.</source>
            <extracomment>what it does for the back, one sentence</extracomment>
            <translation>Vous aide à vous détendre et relâche les tensions du dos et des épaules.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>The floor (a mat helps)</source>
            <extracomment>what is needed, shown in the list</extracomment>
            <translation>Le sol (un tapis aide)</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Kneel on the floor, then sit back on your heels.</source>
            <extracomment>getting into position; spoken after the name</extracomment>
            <translation>Agenouillez-vous sur le sol, puis asseyez-vous sur les talons.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Stretch your arms out in front of you and lower your forehead until it rests on the floor. Stay there and breathe.</source>
            <extracomment>one repetition, shown on screen</extracomment>
            <translation>Étendez les bras devant vous et descendez le front jusqu'à ce qu'il repose sur le sol. Restez ainsi et respirez.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Let your shoulders soften each time you breathe out.</source>
            <extracomment>a tip</extracomment>
            <translation>Laissez les épaules se relâcher à chaque expiration.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>A cushion under your knees or forehead can make it more comfortable.</source>
            <extracomment>a tip</extracomment>
            <translation>Un coussin sous les genoux ou sous le front peut rendre la posture plus confortable.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Reach forward and rest your forehead down.</source>
            <extracomment>spoken at the start of each hold</extracomment>
            <translation>Allongez les bras vers l'avant et posez le front.</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Rest and stretch</source>
            <extracomment>shown during the hold: a few words</extracomment>
            <translation>Reposez-vous et étirez</translation>
        </message>
        <message>
            <location filename="../exercises.toml" />
            <source>Slowly come back up.</source>
            <extracomment>spoken when the hold ends</extracomment>
            <translation>Remontez lentement.</translation>
        </message>
    </context>
    <context>
        <name>phrases</name>
        <message>
            <location filename="../phrases.toml" />
            <source>Get into position</source>
            <extracomment>labels.announce, shown above the countdown; keep no placeholders</extracomment>
            <translation>Mettez-vous en position</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Get ready</source>
            <extracomment>labels.get_ready, shown above the countdown; keep no placeholders</extracomment>
            <translation>Préparez-vous</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Release</source>
            <extracomment>labels.release, shown above the countdown; keep no placeholders</extracomment>
            <translation>Relâchez</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Relax</source>
            <extracomment>labels.rest_reps, shown above the countdown; keep no placeholders</extracomment>
            <translation>Détendez-vous</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Rest — set {set} of {sets} next</source>
            <extracomment>labels.rest_sets, shown above the countdown; keep {set}, {sets}</extracomment>
            <translation>Repos — ensuite, série {set} sur {sets}</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Rest — next: {next}</source>
            <extracomment>labels.rest_exercises, shown above the countdown; keep {next}</extracomment>
            <translation>Repos — ensuite : {next}</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Left side</source>
            <extracomment>labels.left_side, shown above the countdown; keep no placeholders</extracomment>
            <translation>Côté gauche</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Right side</source>
            <extracomment>labels.right_side, shown above the countdown; keep no placeholders</extracomment>
            <translation>Côté droit</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Finished</source>
            <extracomment>labels.finish, shown above the countdown; keep no placeholders</extracomment>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>{name}. {setup}</source>
            <extracomment>cues.announce, spoken; keep {name}, {setup}</extracomment>
            <translation>{name}. {setup}</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Get ready.</source>
            <extracomment>cues.get_ready, spoken; keep no placeholders</extracomment>
            <translation>Préparez-vous.</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Rep {rep} of {reps}.</source>
            <extracomment>cues.rep, spoken; keep {rep}, {reps}</extracomment>
            <translation>Répétition {rep} sur {reps}.</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Last one.</source>
            <extracomment>cues.last_rep, spoken; keep no placeholders</extracomment>
            <translation>Et la dernière.</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>{rep}.</source>
            <extracomment>cues.paced_rep, spoken; keep {rep}</extracomment>
            <translation>{rep}.</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Hold for {seconds} seconds.</source>
            <extracomment>cues.hold, spoken; keep {seconds}</extracomment>
            <translation>Tenez {seconds} secondes.</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Halfway there.</source>
            <extracomment>cues.halfway, spoken; keep no placeholders</extracomment>
            <translation>Vous êtes à mi-chemin.</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>{seconds}</source>
            <extracomment>cues.count, spoken; keep {seconds}</extracomment>
            <translation>{seconds}</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Take a rest. Set {set} of {sets} comes next.</source>
            <extracomment>cues.rest_sets, spoken; keep {set}, {sets}</extracomment>
            <translation>Reposez-vous. Ensuite, série {set} sur {sets}.</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Take a rest. Next up: {next}.</source>
            <extracomment>cues.rest_exercises, spoken; keep {next}</extracomment>
            <translation>Reposez-vous. Ensuite : {next}.</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Start with your left side.</source>
            <extracomment>cues.left_side, spoken; keep no placeholders</extracomment>
            <translation>Commencez par le côté gauche.</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Now switch to your right side.</source>
            <extracomment>cues.right_side, spoken; keep no placeholders</extracomment>
            <translation>Passez maintenant au côté droit.</translation>
        </message>
        <message>
            <location filename="../phrases.toml" />
            <source>Well done. That is the {routine} finished, with {reps} repetitions.</source>
            <extracomment>cues.finish, spoken; keep {reps}, {routine}</extracomment>
            <translation>Bravo. La séance {routine} est terminée, avec {reps} répétitions.</translation>
        </message>
    </context>
    <context>
        <name>routine/desk-break</name>
        <message>
            <location filename="../routines/desk-break.toml" />
            <source>Desk break</source>
            <extracomment>the routine's name, short</extracomment>
            <translation>Pause au bureau</translation>
        </message>
        <message>
            <location filename="../routines/desk-break.toml" />
            <source>Two quick exercises you can do right at your desk, sitting or standing.</source>
            <extracomment>the routine in one sentence</extracomment>
            <translation>Deux exercices rapides à faire directement à votre bureau, assis ou debout.</translation>
        </message>
    </context>
    <context>
        <name>routine/full</name>
        <message>
            <location filename="../routines/full.toml" />
            <source>Full routine</source>
            <extracomment>the routine's name, short</extracomment>
            <translation>Routine complète</translation>
        </message>
        <message>
            <location filename="../routines/full.toml" />
            <source>All six exercises, from gentle squeezes to a relaxing stretch on the floor.</source>
            <extracomment>the routine in one sentence</extracomment>
            <translation>Les six exercices, du doux rapprochement des omoplates à un étirement relaxant au sol.</translation>
        </message>
    </context>
    <context>
        <name>learn</name>
        <message>
            <location filename="../learn.toml" />
            <source>Understanding upper back pain</source>
            <extracomment>the page's title</extracomment>
            <translation>Comprendre les douleurs du haut du dos</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Knowing where upper back pain comes from makes it easier to keep away. The exercises help most when your everyday habits help too.</source>
            <extracomment>the page's opening paragraph</extracomment>
            <translation>Savoir d'où viennent les douleurs du haut du dos aide à les tenir à distance. Les exercices sont plus efficaces quand vos habitudes de tous les jours vont dans le même sens.</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Why the upper back hurts</source>
            <extracomment>causes: heading</extracomment>
            <translation>Pourquoi le haut du dos fait mal</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Most upper back pain has an everyday cause, and often more than one at the same time.</source>
            <extracomment>causes: intro</extracomment>
            <translation>La plupart des douleurs du haut du dos ont une cause de tous les jours, et souvent plusieurs à la fois.</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Poor posture</source>
            <extracomment>causes: the title of 'posture', a few words</extracomment>
            <translation>Mauvaise posture</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Slouching in a chair or hunching over a desk or screen for long stretches puts a steady load on the muscles of the upper back.</source>
            <extracomment>causes: the paragraph of 'posture'</extracomment>
            <translation>Rester avachi sur une chaise, ou penché sur un bureau ou un écran pendant de longues périodes, impose une charge constante aux muscles du haut du dos.</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Muscle strain</source>
            <extracomment>causes: the title of 'strain', a few words</extracomment>
            <translation>Tension musculaire</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Muscles that are overused, or kept tense for too long, become strained and sore.</source>
            <extracomment>causes: the paragraph of 'strain'</extracomment>
            <translation>Des muscles trop sollicités, ou contractés trop longtemps, finissent par se froisser et devenir douloureux.</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Sitting still</source>
            <extracomment>causes: the title of 'sitting', a few words</extracomment>
            <translation>Rester immobile</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Hours in a chair without getting up and moving leave the upper back little chance to loosen.</source>
            <extracomment>causes: the paragraph of 'sitting'</extracomment>
            <translation>Des heures sur une chaise sans se lever ni bouger laissent peu d'occasions au haut du dos de se détendre.</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Injury</source>
            <extracomment>causes: the title of 'injury', a few words</extracomment>
            <translation>Blessure</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>An accident, or lifting something the wrong way, can hurt the upper back.</source>
            <extracomment>causes: the paragraph of 'injury'</extracomment>
            <translation>Un accident, ou une charge soulevée de la mauvaise façon, peut blesser le haut du dos.</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Stress</source>
            <extracomment>causes: the title of 'stress', a few words</extracomment>
            <translation>Stress</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Under stress, many people carry tension in their shoulders and upper back without noticing it.</source>
            <extracomment>causes: the paragraph of 'stress'</extracomment>
            <translation>Sous l'effet du stress, beaucoup de personnes gardent des tensions dans les épaules et le haut du dos sans s'en rendre compte.</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Everyday habits that help</source>
            <extracomment>tips: heading</extracomment>
            <translation>Des habitudes quotidiennes qui aident</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Small habits, kept up every day, take a lot of load off the upper back.</source>
            <extracomment>tips: intro</extracomment>
            <translation>De petites habitudes, tenues chaque jour, soulagent beaucoup le haut du dos.</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Keep good posture</source>
            <extracomment>tips: the title of 'posture', a few words</extracomment>
            <translation>Gardez une bonne posture</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Sit tall and stand upright, with your shoulders relaxed rather than rounded forward.</source>
            <extracomment>tips: the paragraph of 'posture'</extracomment>
            <translation>Asseyez-vous bien droit et tenez-vous debout bien droit, les épaules détendues plutôt qu'enroulées vers l'avant.</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Take breaks</source>
            <extracomment>tips: the title of 'breaks', a few words</extracomment>
            <translation>Faites des pauses</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Do not stay seated for hours at a time: get up and move now and then. BackRelief's break reminders tell you when it is time.</source>
            <extracomment>tips: the paragraph of 'breaks'</extracomment>
            <translation>Ne restez pas assis des heures d'affilée : levez-vous et bougez de temps en temps. Les rappels de pause de BackRelief vous disent quand c'est le moment.</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Use furniture that supports you</source>
            <extracomment>tips: the title of 'furniture', a few words</extracomment>
            <translation>Utilisez un mobilier qui vous soutient</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>An ergonomic chair that properly supports your back makes a good posture easier to keep all day.</source>
            <extracomment>tips: the paragraph of 'furniture'</extracomment>
            <translation>Une chaise ergonomique qui soutient bien votre dos aide à garder une bonne posture toute la journée.</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Stay active</source>
            <extracomment>tips: the title of 'active', a few words</extracomment>
            <translation>Restez actif</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Regular activity keeps the muscles of your back strong and flexible.</source>
            <extracomment>tips: the paragraph of 'active'</extracomment>
            <translation>Une activité régulière garde les muscles du dos forts et souples.</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Get professional help</source>
            <extracomment>tips: the title of 'help', a few words</extracomment>
            <translation>Consultez un professionnel</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>If the pain does not go away, see a physiotherapist.</source>
            <extracomment>tips: the paragraph of 'help'</extracomment>
            <translation>Si la douleur ne passe pas, consultez un kinésithérapeute.</translation>
        </message>
        <message>
            <location filename="../learn.toml" />
            <source>Exercising safely</source>
            <extracomment>heading of the safety note</extracomment>
            <translation>Faire les exercices en toute sécurité</translation>
        </message>
    </context>
    <context>
        <name>figures</name>
        <message>
            <location filename="../figures/cat-cow-end.svg" />
            <source>Cat: on hands and knees, back rounded up, chin tucked in</source>
            <extracomment>a drawing of an exercise position, said by screen readers</extracomment>
            <translation>Chat : à quatre pattes, le dos arrondi vers le haut, le menton rentré</translation>
        </message>
        <message>
            <location filename="../figures/cat-cow.svg" />
            <source>Cow: on hands and knees, back sagging into an arch, head lifted</source>
            <extracomment>a drawing of an exercise position, said by screen readers</extracomment>
            <translation>Vache : à quatre pattes, le dos creusé, la tête relevée</translation>
        </message>
        <message>
            <location filename="../figures/childs-pose-end.svg" />
            <source>Child's pose: sitting back on the heels, folded forward, arms reaching ahead, forehead on the floor</source>
            <extracomment>a drawing of an exercise position, said by screen readers</extracomment>
            <translation>Posture de l'enfant : assis sur les talons, penché en avant, les bras tendus devant, le front au sol</translation>
        </message>
        <message>
            <location filename="../figures/childs-pose.svg" />
            <source>Kneeling and sitting back on the heels, upright, hands resting on the thighs</source>
            <extracomment>a drawing of an exercise position, said by screen readers</extracomment>
            <translation>À genoux, assis sur les talons, le buste droit, les mains posées sur les cuisses</translation>
        </message>
        <message>
            <location filename="../figures/seated-row-end.svg" />
            <source>Sitting tall on the floor, band pulled in toward the body, elbows drawn back, shoulder blades squeezed</source>
            <extracomment>a drawing of an exercise position, said by screen readers</extracomment>
            <translation>Assis bien droit au sol, l'élastique tiré vers le corps, les coudes ramenés en arrière, les omoplates serrées</translation>
        </message>
        <message>
            <location filename="../figures/seated-row.svg" />
            <source>Sitting on the floor, legs straight, a band looped around the feet, arms reaching forward holding its ends</source>
            <extracomment>a drawing of an exercise position, said by screen readers</extracomment>
            <translation>Assis au sol, les jambes tendues, un élastique passé autour des pieds, les bras tendus devant tenant ses extrémités</translation>
        </message>
        <message>
            <location filename="../figures/shoulder-blade-squeeze-end.svg" />
            <source>Upper body seen from behind, shoulder blades drawn back and squeezed together toward the spine, chest open</source>
            <extracomment>a drawing of an exercise position, said by screen readers</extracomment>
            <translation>Haut du corps vu de dos, les omoplates tirées en arrière et rapprochées vers la colonne, la poitrine ouverte</translation>
        </message>
        <message>
            <location filename="../figures/shoulder-blade-squeeze.svg" />
            <source>Upper body seen from behind, sitting or standing tall, shoulders relaxed and shoulder blades apart</source>
            <extracomment>a drawing of an exercise position, said by screen readers</extracomment>
            <translation>Haut du corps vu de dos, assis ou debout bien droit, les épaules détendues et les omoplates écartées</translation>
        </message>
        <message>
            <location filename="../figures/thoracic-extension-end.svg" />
            <source>Leaning back on the chair, upper back arched over the top of the chair back, hands behind the head</source>
            <extracomment>a drawing of an exercise position, said by screen readers</extracomment>
            <translation>Penché en arrière sur la chaise, le haut du dos cambré par-dessus le dossier, les mains derrière la tête</translation>
        </message>
        <message>
            <location filename="../figures/thoracic-extension.svg" />
            <source>Sitting upright on a chair, feet flat on the floor, hands behind the head</source>
            <extracomment>a drawing of an exercise position, said by screen readers</extracomment>
            <translation>Assis droit sur une chaise, les pieds à plat au sol, les mains derrière la tête</translation>
        </message>
        <message>
            <location filename="../figures/wall-angels-end.svg" />
            <source>Standing with the back against a wall, arms slid up the wall above the head</source>
            <extracomment>a drawing of an exercise position, said by screen readers</extracomment>
            <translation>Debout, le dos contre un mur, les bras glissés le long du mur au-dessus de la tête</translation>
        </message>
        <message>
            <location filename="../figures/wall-angels.svg" />
            <source>Standing with the back against a wall, arms raised to shoulder height and bent at 90 degrees like a goal post</source>
            <extracomment>a drawing of an exercise position, said by screen readers</extracomment>
            <translation>Debout, le dos contre un mur, les bras levés à hauteur d'épaules et pliés à 90 degrés, comme des poteaux de but</translation>
        </message>
    </context>
</TS>
