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
        <name>ProgressionPrompt</name>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>Suggestion: ready for more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>Ready for a little more?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>Only if it feels right. You can move it back to gentle at any time, under History → Goal and pain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>&amp;Move to standard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>N&amp;ot now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>{reason}.
Now: {gentle}  →  standard: {standard}.
Do {name} at the standard dose in every session from now on?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>Move {name} to the standard dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/progression_prompt.py" />
            <source>Not now: keep {name} at the gentle dose</source>
            <translation type="unfinished" />
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
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>A new language takes effect when BackRelief next starts.</source>
            <translation>Une nouvelle langue s'applique au prochain démarrage de BackRelief.</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../backrelief_gui/ui/voice_settings.py" />
            <source>The system's language</source>
            <translation>La langue du système</translation>
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
            <translation type="unfinished">
                <numerusform />
                <numerusform />
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
</TS>
