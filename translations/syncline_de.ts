<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Console</name>
    <message>
        <location filename="../app/syncline/Console.cpp" line="+53"/>
        <source>Cannot open the data directory %1:
%2</source>
        <translation>Das Datenverzeichnis %1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncline</source>
        <translation>Syncline</translation>
    </message>
</context>
<context>
    <name>PipelineStatus</name>
    <message>
        <location filename="../app/syncline/PipelineStatus.cpp" line="+57"/>
        <source>Starting the pipeline…</source>
        <translation>Pipeline wird gestartet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Webhooks on %1</source>
        <translation>Webhooks auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>admin on %1</source>
        <translation>Verwaltung auf %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n delivery target(s)</source>
        <translation>
            <numerusform>%n Zustellziel</numerusform>
            <numerusform>%n Zustellziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n drop folder(s)</source>
        <translation>
            <numerusform>%n Ablageordner</numerusform>
            <numerusform>%n Ablageordner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pipeline not running: %1</source>
        <translation>Pipeline läuft nicht: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open hold(s)</source>
        <translation>
            <numerusform>%n offene Zurückstellung</numerusform>
            <numerusform>%n offene Zurückstellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than %1 open holds</source>
        <translation>mehr als %1 offene Zurückstellungen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n Eintrag in der Fehlerablage</numerusform>
            <numerusform>%n Einträge in der Fehlerablage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than %1 dead letters</source>
        <translation>mehr als %1 Einträge in der Fehlerablage</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/syncline/main.cpp" line="+132"/>
        <source>Operations console for the Syncline sync engine.</source>
        <translation>Betriebskonsole für die Syncline-Synchronisations-Engine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the data directory &lt;dir&gt; (remembered).</source>
        <translation>Das Datenverzeichnis &lt;verz&gt; öffnen (wird gespeichert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>verz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the language &lt;code&gt; (de, en, es) instead of the system&apos;s.</source>
        <translation>Die Sprache &lt;code&gt; (de, en, es) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the main window as a PNG image to &lt;file&gt; once the first data arrived, then exit.</source>
        <translation>Das Hauptfenster nach Eintreffen der ersten Daten als PNG-Bild in &lt;datei&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+15"/>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Show the view &lt;id&gt; first (dashboard, feeds...).</source>
        <translation>Zuerst die Ansicht &lt;id&gt; zeigen (dashboard, feeds...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host the pipeline of the configuration &lt;file&gt; (webhook listener, drop folders, targets, order rules, admin listener) on its data directory, as synclined run does.</source>
        <translation>Die Pipeline der Konfiguration &lt;datei&gt; (Webhook-Empfänger, Ablageordner, Zustellziele, Bestellregeln, Verwaltungs-Listener) auf ihrem Datenverzeichnis betreiben, wie es synclined run tut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serve webhooks on &lt;address:port&gt; instead of the configuration&apos;s (port 0: any free port).</source>
        <translation>Webhooks auf &lt;adresse:port&gt; statt auf der in der Konfiguration angegebenen Adresse annehmen (Port 0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>address:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Serve /metrics and /healthz on &lt;address:port&gt; instead of the configuration&apos;s.</source>
        <translation>/metrics und /healthz auf &lt;adresse:port&gt; statt auf der in der Konfiguration angegebenen Adresse bereitstellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the bound ports as &quot;webhook=PORT admin=PORT&quot; to &lt;file&gt; once the pipeline listens.</source>
        <translation>Die gebundenen Ports als &quot;webhook=PORT admin=PORT&quot; in &lt;datei&gt; schreiben, sobald die Pipeline lauscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait until the engine has at least these counts (e.g. events=20,holds=3,deadletters=1), print them, save the --screenshot if any, then exit.</source>
        <translation>Warten, bis die Engine mindestens diese Zählerstände erreicht (z. B. events=20,holds=3,deadletters=1), sie ausgeben, gegebenenfalls den --screenshot speichern und dann beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counts</source>
        <translation>zähler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up waiting for --wait-for after &lt;seconds&gt; (default 120) and exit with status 3.</source>
        <translation>Das Warten auf --wait-for nach &lt;sekunden&gt; (Standard 120) aufgeben und mit Status 3 beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--wait-for takes name=count pairs separated by commas; the names are events, holds and deadletters.</source>
        <translation>--wait-for erwartet durch Kommas getrennte Paare name=anzahl; die Namen sind events, holds und deadletters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--timeout takes a positive number of seconds.</source>
        <translation>--timeout erwartet eine positive Anzahl Sekunden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--%1 takes ADDRESS:PORT.</source>
        <translation>--%1 erwartet ADRESSE:PORT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--listen, --admin and --ports-file need --config.</source>
        <translation>--listen, --admin und --ports-file erfordern --config.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown view %1; the views are: %2.</source>
        <translation>Unbekannte Ansicht %1; die Ansichten sind: %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the counts of --wait-for were not reached in time.</source>
        <translation>die Zählerstände von --wait-for wurden nicht rechtzeitig erreicht.</translation>
    </message>
</context>
<context>
    <name>syncline::ui::AuditModel</name>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="+219"/>
        <source>The audit chain is broken here: %1</source>
        <translation>Die Prüfkette ist hier unterbrochen: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>syncline::ui::AuditView</name>
    <message>
        <location filename="../ui/views/AuditView.cpp" line="+80"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action, e.g. hold.approve</source>
        <translation>Aktion, z. B. hold.approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object id</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Einen Eintrag auswählen, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The audit trail could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Apply filter</source>
        <translation>Filter &amp;anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV &amp;exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Verifying the audit chain...</source>
        <translation>Die Prüfkette wird geprüft...</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The audit chain is intact: %n entries verified.</source>
        <translation>
            <numerusform>Die Prüfkette ist intakt: %n Eintrag geprüft.</numerusform>
            <numerusform>Die Prüfkette ist intakt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audit chain is broken at entry #%1: %2</source>
        <translation>Die Prüfkette ist bei Eintrag #%1 unterbrochen: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The audit chain could not be verified: %1</source>
        <translation>Die Prüfkette konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Export audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting to %1...</source>
        <translation>Export nach %1...</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>THE AUDIT CHAIN IS BROKEN AT THIS ENTRY</source>
        <translation>DIE PRÜFKETTE IST BEI DIESEM EINTRAG UNTERBROCHEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry #%1 at %2
</source>
        <translation>Eintrag #%1 am %2
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actor: %1 (%2)
</source>
        <translation>Akteur: %1 (%2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action: %1 on %2 %3
</source>
        <translation>Aktion: %1 an %2 %3
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1
</source>
        <translation>Grund: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Before:
%1
</source>
        <translation>
Vorher:
%1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
After:
%1
</source>
        <translation>
Nachher:
%1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Hash: %1
Previous hash: %2</source>
        <translation>
Hash: %1
Vorheriger Hash: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entries shown; scroll for more</source>
        <translation>
            <numerusform>%n Eintrag angezeigt; für weitere blättern</numerusform>
            <numerusform>%n Einträge angezeigt; für weitere blättern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncline::ui::BulkCommand</name>
    <message>
        <location filename="../ui/ExceptionActions.cpp" line="+70"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n failed: %1</source>
        <translation>
            <numerusform>, %n fehlgeschlagen: %1</numerusform>
            <numerusform>, %n fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n not sent (cancelled)</source>
        <translation>
            <numerusform>, %n nicht gesendet (abgebrochen)</numerusform>
            <numerusform>, %n nicht gesendet (abgebrochen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncline::ui::DashboardPanels</name>
    <message>
        <location filename="../ui/views/DashboardPanels.cpp" line="+169"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oversell risk (%1 units)</source>
        <translation>Überverkaufsrisiko (%1 Einheiten)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Acknowledgement late</source>
        <translation>Bestätigung überfällig</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not load: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No feeds yet</source>
        <translation>Noch keine Feeds</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half-open</source>
        <translation>Halb offen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feed silent</source>
        <translation>Feed still</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconcile mismatch</source>
        <translation>Abgleich weicht ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>syncline::ui::DashboardView</name>
    <message>
        <location filename="../ui/views/DashboardView.cpp" line="+64"/>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing or degraded</source>
        <translation>Gestört oder beeinträchtigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead letters</source>
        <translation>Fehlerablage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue depth</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events committed/s</source>
        <translation>Festgeschriebene Ereignisse/s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Events committed per second</source>
        <translation>Festgeschriebene Ereignisse pro Sekunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throughput, last five minutes</source>
        <translation>Durchsatz der letzten fünf Minuten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open holds</source>
        <translation>Offene Zurückstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Zustellziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaker</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open holds by reason</source>
        <translation>Offene Zurückstellungen nach Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock and acknowledgement alerts</source>
        <translation>Bestands- und Bestätigungswarnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery targets</source>
        <translation>Zustellziele</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Failed per minute</source>
        <translation>Fehlgeschlagen pro Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag p95 (s)</source>
        <translation>Verzögerung p95 (s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failures and lag, last hour</source>
        <translation>Fehler und Verzögerung, letzte Stunde</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>syncline::ui::DeadLettersModel</name>
    <message>
        <location filename="../ui/models/DeadLettersModel.cpp" line="+182"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>syncline::ui::EndpointsModel</name>
    <message>
        <location filename="../ui/models/SettingsModels.cpp" line="+181"/>
        <source>Closed (delivering)</source>
        <translation>Geschlossen (stellt zu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open (paused)</source>
        <translation>Offen (pausiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half open (probing)</source>
        <translation>Halb offen (testet)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaker</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failures in a row</source>
        <translation>Fehler in Folge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>syncline::ui::EngineBridge</name>
    <message>
        <location filename="../ui/EngineBridge.cpp" line="+178"/>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>syncline::ui::ExceptionsView</name>
    <message>
        <location filename="../ui/views/ExceptionsView.cpp" line="+88"/>
        <source>&amp;Held orders</source>
        <translation>&amp;Zurückgestellte Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dead letters</source>
        <translation>&amp;Fehlerablage</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve...</source>
        <translation>Freigeben...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix...</source>
        <translation>Korrigieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resubmit</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resubmit edited...</source>
        <translation>Bearbeitet erneut senden...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject...</source>
        <translation>Ablehnen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign...</source>
        <translation>Zuweisen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note...</source>
        <translation>Notiz...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze...</source>
        <translation>Aufschieben...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard...</source>
        <translation>Verwerfen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all matching</source>
        <translation>Alle Treffer auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel bulk action</source>
        <translation>Sammelaktion abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order, SKU, message, error... (Ctrl+F)</source>
        <translation>Bestellung, SKU, Meldung, Fehler... (Strg+F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any domain</source>
        <translation>Jeder Bereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner (held orders)</source>
        <translation>Verantwortlich (zurückgestellte Bestellungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 1 hour</source>
        <translation>Älter als 1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 4 hours</source>
        <translation>Älter als 4 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 1 day</source>
        <translation>Älter als 1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 3 days</source>
        <translation>Älter als 3 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+186"/>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Save filter...</source>
        <translation>Filter speichern...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Older than %n min</source>
        <translation>
            <numerusform>Älter als %n min</numerusform>
            <numerusform>Älter als %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Any reason</source>
        <translation>Jeder Grund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any connection</source>
        <translation>Jede Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter &quot;%1&quot; saved.</source>
        <translation>Filter „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Could not read the held orders: %1</source>
        <translation>Die zurückgestellten Bestellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not read the dead letters: %1</source>
        <translation>Die Fehlerablage konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Held orders (%1)</source>
        <translation>&amp;Zurückgestellte Bestellungen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dead letters (%1)</source>
        <translation>&amp;Fehlerablage (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/ExceptionsViewCommands.cpp" line="+32"/>
        <location line="+91"/>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>A bulk action is still running: cancel it first (Esc).</source>
        <translation>Eine Sammelaktion läuft noch: zuerst abbrechen (Esc).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Sending %n item(s)...</source>
        <translation>
            <numerusform>%n Element wird gesendet...</numerusform>
            <numerusform>%n Elemente werden gesendet...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>assigned</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>noted</source>
        <translation>notiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>snoozed</source>
        <translation>aufgeschoben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fixed</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>resubmitted</source>
        <translation>erneut gesendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was sent: the text is required.</source>
        <translation>Nichts wurde gesendet: der Text ist erforderlich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Approve %n held order(s) despite the failed rule. Reason:</source>
        <translation>
            <numerusform>%n zurückgestellte Bestellung trotz der verletzten Regel freigeben. Grund:</numerusform>
            <numerusform>%n zurückgestellte Bestellungen trotz der verletzten Regel freigeben. Grund:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Reject %n order(s): they are cancelled. Reason:</source>
        <translation>
            <numerusform>%n Bestellung ablehnen: sie wird storniert. Grund:</numerusform>
            <numerusform>%n Bestellungen ablehnen: sie werden storniert. Grund:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign to:</source>
        <translation>Zuweisen an:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Discard %n dead letter(s). Reason:</source>
        <translation>
            <numerusform>%n Eintrag aus der Fehlerablage verwerfen. Grund:</numerusform>
            <numerusform>%n Einträge aus der Fehlerablage verwerfen. Grund:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Resubmit dead letter #%1</source>
        <translation>Eintrag #%1 der Fehlerablage erneut senden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Order %1 is not in the store.</source>
        <translation>Bestellung %1 ist nicht im Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/views/ExceptionsViewDetails.cpp" line="+116"/>
        <source>&lt;h3&gt;Dead letter #%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Fehlerablage-Eintrag #%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2 from &lt;b&gt;%3&lt;/b&gt;, entity %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2 von &lt;b&gt;%3&lt;/b&gt;, Datensatz %4&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Failed at:&lt;/b&gt; %1 (%2), %n attempt(s), %3&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Fehlgeschlagen bei:&lt;/b&gt; %1 (%2), %n Versuch, %3&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Fehlgeschlagen bei:&lt;/b&gt; %1 (%2), %n Versuche, %3&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Target:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zustellziel:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Error:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fehler:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>&lt;p&gt;&lt;b&gt;Suggested fix:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vorgeschlagene Korrektur:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>correct the payload and resubmit it edited (Shift+R).</source>
        <translation>die Nutzdaten korrigieren und bearbeitet erneut senden (Umschalt+R).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once the target answers again, resubmit (R).</source>
        <translation>sobald das Zustellziel wieder antwortet, erneut senden (R).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>&lt;h4&gt;Payload&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Nutzdaten&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>&lt;h3&gt;Order %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bestellung %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Reason:&lt;/b&gt; %1 &amp;mdash; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Grund:&lt;/b&gt; %1 &amp;mdash; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;Concerns:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Betrifft:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Owner:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Held since:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Due:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verantwortlich:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Zurückgestellt seit:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Fällig:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Snoozed until:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aufgeschoben bis:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h4&gt;Notes&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Notizen&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;&lt;i&gt;Loading the order history...&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Der Bestellverlauf wird geladen...&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h4&gt;History&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Verlauf&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h4&gt;Decisions&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Entscheidungen&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>syncline::ui::FeedsModel</name>
    <message>
        <location filename="../ui/models/FeedsModel.cpp" line="+212"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead letters</source>
        <translation>Fehlerablage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue depth</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>syncline::ui::FeedsView</name>
    <message>
        <location filename="../ui/views/FeedsView.cpp" line="+81"/>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Feeds: %1</source>
        <translation>Feeds: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>syncline::ui::FixDialog</name>
    <message>
        <location filename="../ui/dialogs/ExceptionDialogs.cpp" line="+90"/>
        <source>Fix order %1</source>
        <translation>Bestellung %1 korrigieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The order cannot be read: %1</source>
        <translation>Die Bestellung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggested: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit a field of the order</source>
        <translation>Ein Feld der Bestellung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the SKU (resolves every order alike)</source>
        <translation>Die SKU zuordnen (löst jede gleichartige Bestellung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the customer (resolves every order alike)</source>
        <translation>Den Kunden zuordnen (löst jede gleichartige Bestellung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fix:</source>
        <translation>&amp;Korrektur:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>F&amp;ield:</source>
        <translation>F&amp;eld:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;value:</source>
        <translation>Neuer &amp;Wert:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Storefront SKU:</source>
        <translation>SKU im Onlineshop:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERP item number:</source>
        <translation>ERP-Artikelnummer:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer id:</source>
        <translation>Kunden-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERP account:</source>
        <translation>ERP-Konto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change preview:</source>
        <translation>Vorschau der Änderung:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix and &amp;resubmit</source>
        <translation>Korrigieren und erneut &amp;senden</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Name the field as a JSON pointer, such as /shipping_address/postal_code.</source>
        <translation>Das Feld als JSON-Pointer angeben, etwa /shipping_address/postal_code.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The order has no field %1.</source>
        <translation>Die Bestellung hat kein Feld %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a value of the same kind as %2.</source>
        <translation>%1 braucht einen Wert derselben Art wie %2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
</context>
<context>
    <name>syncline::ui::HoldsModel</name>
    <message>
        <location filename="../ui/models/HoldsModel.cpp" line="+25"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snoozed</source>
        <translation>Aufgeschoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>syncline::ui::InventoryModel</name>
    <message>
        <location filename="../ui/models/InventoryModel.cpp" line="+91"/>
        <source>Oversell risk: %1 units</source>
        <translation>Überverkaufsrisiko: %1 Stück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drifting</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available to sell</source>
        <translation>Verkaufbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>syncline::ui::InventoryView</name>
    <message>
        <location filename="../ui/views/InventoryView.cpp" line="+50"/>
        <source>Filter by SKU</source>
        <translation>Nach SKU filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drift and oversell risk only</source>
        <translation>Nur Abweichungen und Überverkaufsrisiko</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reconcile</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read what the channel shows and correct small differences</source>
        <translation>Lesen, was der Kanal anzeigt, und kleine Abweichungen korrigieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The inventory could not be read: %1</source>
        <translation>Der Bestand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 SKUs</source>
        <translation>%1 von %2 SKUs</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Positions</source>
        <translation>Bestände</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on hand, %2 reserved</source>
        <translation>%1 am Lager, %2 reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 available, %2 published</source>
        <translation>%1 verfügbar, %2 veröffentlicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reconciling %1…</source>
        <translation>%1 wird abgeglichen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was not reconciled: %2</source>
        <translation>%1 wurde nicht abgeglichen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reconciled: %2 checked, %3 matching, %4 corrected, %5 to look at, %6 unknown.</source>
        <translation>%1 abgeglichen: %2 geprüft, %3 übereinstimmend, %4 korrigiert, %5 zu prüfen, %6 unbekannt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reconciliation failed: %1</source>
        <translation>Der Abgleich ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>syncline::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+34"/>
        <source>Syncline</source>
        <translation>Syncline</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open data directory...</source>
        <translation>Datenverzeichnis ö&amp;ffnen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Syncline</source>
        <translation>&amp;Über Syncline</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open data directory</source>
        <translation>Datenverzeichnis öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Syncline</source>
        <translation>Über Syncline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Syncline %1&lt;/h3&gt;&lt;p&gt;Operations console for the Syncline sync engine: feeds between ERP, storefronts and warehouse files, their health, exceptions and audit trail.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Syncline %1&lt;/h3&gt;&lt;p&gt;Betriebskonsole für die Syncline-Synchronisations-Engine: Datenflüsse zwischen ERP, Onlineshops und Lagerdateien, ihr Zustand, ihre Ausnahmen und ihr Prüfprotokoll.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>syncline::ui::OrderLookupView</name>
    <message>
        <location filename="../ui/views/OrderLookupView.cpp" line="+51"/>
        <source>Order number, customer, e-mail or SKU</source>
        <translation>Bestellnummer, Kunde, E-Mail oder SKU</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the search box (%1)</source>
        <translation>Zum Suchfeld springen (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the open order&apos;s timeline (%1)</source>
        <translation>Den Verlauf der geöffneten Bestellung neu laden (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open order</source>
        <translation>Bestellung ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search for an order to see its timeline.</source>
        <translation>Eine Bestellung suchen, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a timeline entry to see what it carried.</source>
        <translation>Einen Eintrag im Verlauf auswählen, um seinen Inhalt zu sehen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Order lookup</source>
        <translation>Bestellsuche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Searching for &quot;%1&quot;...</source>
        <translation>Suche nach „%1“...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No order matches &quot;%1&quot;.</source>
        <translation>Keine Bestellung passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n orders match &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Bestellung passt zu „%1“.</numerusform>
            <numerusform>%n Bestellungen passen zu „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Order %1 is not known.</source>
        <translation>Bestellung %1 ist nicht bekannt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Order %1&lt;/b&gt; &amp;mdash; %2 &amp;mdash; %3 &amp;lt;%4&amp;gt; &amp;mdash; channel %5, connection %6</source>
        <translation>&lt;b&gt;Bestellung %1&lt;/b&gt; &amp;mdash; %2 &amp;mdash; %3 &amp;lt;%4&amp;gt; &amp;mdash; Kanal %5, Verbindung %6</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The order could not be read: %1</source>
        <translation>Die Bestellung konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>syncline::ui::OrderResultsModel</name>
    <message>
        <location filename="../ui/models/OrderModels.cpp" line="+115"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validating</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially shipped</source>
        <translation>Teilweise versandt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoiced</source>
        <translation>Fakturiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>syncline::ui::OrderTimelineModel</name>
    <message>
        <location line="-175"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snoozed</source>
        <translation>aufgeschoben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold %1 (%2), %3
</source>
        <translation>Zurückstellung %1 (%2), %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message: %1
</source>
        <translation>Meldung: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested fix: %1
</source>
        <translation>Vorgeschlagene Korrektur: %1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subjects: %1
</source>
        <translation>Betrifft: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner: %1
</source>
        <translation>Verantwortlich: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution: %1
</source>
        <translation>Lösung: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note by %1 at %2: %3
</source>
        <translation>Notiz von %1 am %2: %3
</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Syncline</source>
        <translation>Syncline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received %1</source>
        <translation>Empfangen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event %1, %2</source>
        <translation>Ereignis %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit entry #%1: %2 on %3 %4
By: %5 (%6)
Reason: %7
</source>
        <translation>Protokolleintrag #%1: %2 an %3 %4
Von: %5 (%6)
Grund: %7
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Before:
%1

After:
%2</source>
        <translation>
Vorher:
%1

Nachher:
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hold %1</source>
        <translation>Zurückstellung %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 -&gt; %2
By: %3
Why: %4</source>
        <translation>%1 -&gt; %2
Von: %3
Warum: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held: %1</source>
        <translation>Zurückgestellt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event %1 to %2
Status: %3
Attempts: %4</source>
        <translation>Ereignis %1 an %2
Status: %3
Versuche: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Last error: %1</source>
        <translation>
Letzter Fehler: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered to %1</source>
        <translation>Zugestellt an %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery to %1: %2</source>
        <translation>Zustellung an %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attempts</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>syncline::ui::PayloadDialog</name>
    <message>
        <location filename="../ui/dialogs/ExceptionDialogs.cpp" line="+28"/>
        <source>&amp;Resubmit</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>syncline::ui::Presentation</name>
    <message>
        <location filename="../ui/Presentation.cpp" line="+14"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failing</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fulfilment</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncline::ui::RejectedInputsModel</name>
    <message>
        <location filename="../ui/models/RejectedInputsModel.cpp" line="+43"/>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replayed</source>
        <translation>Erneut eingespielt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingest</source>
        <translation>Übernahme</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>syncline::ui::RejectedInputsView</name>
    <message>
        <location filename="../ui/views/RejectedInputsView.cpp" line="+48"/>
        <source>&amp;Replay</source>
        <translation>Erneut &amp;einspielen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a refused input to see it as it was received.</source>
        <translation>Eine abgewiesene Eingabe auswählen, um sie so zu sehen, wie sie empfangen wurde.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rejected inputs</source>
        <translation>Abgewiesene Eingaben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 most recent refused inputs</source>
        <translation>Die %1 neuesten abgewiesenen Eingaben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused inputs</source>
        <translation>
            <numerusform>%n abgewiesene Eingabe</numerusform>
            <numerusform>%n abgewiesene Eingaben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The refused inputs could not be read: %1</source>
        <translation>Die abgewiesenen Eingaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replaying input #%1...</source>
        <translation>Eingabe #%1 wird erneut eingespielt...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input #%1 replayed: %2</source>
        <translation>Eingabe #%1 erneut eingespielt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input #%1 was not replayed: %2</source>
        <translation>Eingabe #%1 wurde nicht erneut eingespielt: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Input #%1, %2 via %3, received %4
</source>
        <translation>Eingabe #%1, %2 über %3, empfangen %4
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection: %1
</source>
        <translation>Verbindung: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: %1
</source>
        <translation>Von: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path: %1
</source>
        <translation>Pfad: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1
</source>
        <translation>Grund: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: %1 bytes
</source>
        <translation>Größe: %1 Byte
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: %1 bytes, SHA-256 %2
</source>
        <translation>Größe: %1 Byte, SHA-256 %2
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Headers:
%1
</source>
        <translation>
Header:
%1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Content:
%1</source>
        <translation>
Inhalt:
%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replay the selected input once its cause is fixed (%1)</source>
        <translation>Die ausgewählte Eingabe erneut einspielen, sobald ihre Ursache behoben ist (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) may not replay refused inputs</source>
        <translation>Ihre Rolle (%1) darf abgewiesene Eingaben nicht erneut einspielen</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SettingsView</name>
    <message>
        <location filename="../ui/views/SettingsView.cpp" line="+123"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>Attempts after a transient failure:</source>
        <translation>Versuche nach einem vorübergehenden Fehler:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts while rate limited:</source>
        <translation>Versuche bei Ratenbegrenzung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First retry within:</source>
        <translation>Erste Wiederholung innerhalb von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait between retries:</source>
        <translation>Längste Wartezeit zwischen Wiederholungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures in a row that pause an endpoint:</source>
        <translation>Fehler in Folge, die einen Endpunkt pausieren:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First pause of an endpoint:</source>
        <translation>Erste Pause eines Endpunkts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest pause of an endpoint:</source>
        <translation>Längste Pause eines Endpunkts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due retries looked for every:</source>
        <translation>Nach fälligen Wiederholungen suchen alle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users and roles</source>
        <translation>&amp;Benutzer und Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service &amp;levels</source>
        <translation>Service-&amp;Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thresholds</source>
        <translation>Sc&amp;hwellenwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target:</source>
        <translation>Zielwert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation:</source>
        <translation>Eskalation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name as the operator signs in</source>
        <translation>Benutzername, mit dem sich der Bediener anmeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this user</source>
        <translation>Diesen Benutzer verwen&amp;den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add or set role</source>
        <translation>Rolle hinzufügen oder se&amp;tzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove user</source>
        <translation>Benutzer &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save target</source>
        <translation>Zielwert s&amp;peichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>Anwe&amp;nden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands are sent as this user. Once the users registry names anyone, the engine takes the role from the registry, whatever is chosen here, and refuses users it does not know.</source>
        <translation>Befehle werden als dieser Benutzer gesendet. Sobald das Benutzerverzeichnis jemanden enthält, übernimmt die Engine die Rolle aus dem Verzeichnis, unabhängig von der Auswahl hier, und weist unbekannte Benutzer ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an admin may change users and roles; the engine keeps at least one admin. On a fresh store the first change registers you as admin.</source>
        <translation>Nur ein Administrator darf Benutzer und Rollen ändern; die Engine behält immer mindestens einen Administrator. In einem neuen Speicher registriert Sie die erste Änderung als Administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in the engine&apos;s configuration file; a change applies when the engine starts again.</source>
        <translation>In der Konfigurationsdatei der Engine festgelegt; eine Änderung wirkt beim nächsten Start der Engine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Views switch at once; everything else follows at the next start.</source>
        <translation>Ansichten wechseln sofort; alles Übrige folgt beim nächsten Start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery endpoints</source>
        <translation>Zustell-Endpunkte</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The users registry could not be read: %1</source>
        <translation>Das Benutzerverzeichnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not in the users registry: the engine refuses every command sent as this user. Choose a registered user on the Session page.</source>
        <translation>%1 ist nicht im Benutzerverzeichnis: die Engine weist jeden Befehl dieses Benutzers ab. Wählen Sie auf der Seite Sitzung einen registrierten Benutzer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commands are now sent as %1 (%2).</source>
        <translation>Befehle werden jetzt als %1 (%2) gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commands are now sent as %1 (%2, from the users registry).</source>
        <translation>Befehle werden jetzt als %1 (%2, aus dem Benutzerverzeichnis) gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not in the users registry: an admin adds users on the Users and roles page.</source>
        <translation>%1 ist nicht im Benutzerverzeichnis: ein Administrator fügt Benutzer auf der Seite Benutzer und Rollen hinzu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target of %1</source>
        <translation>Zielwert für %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: done (%2).</source>
        <translation>%1: erledigt (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: refused. %2</source>
        <translation>%1: abgewiesen. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: failed. %2</source>
        <translation>%1: fehlgeschlagen. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language set to %1.</source>
        <translation>Sprache auf %1 gesetzt.</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SlaBreachesModel</name>
    <message>
        <location filename="../ui/models/SlaModel.cpp" line="+324"/>
        <source>Completed (UTC)</source>
        <translation>Abgeschlossen (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over by</source>
        <translation>Überschritten um</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SlaModel</name>
    <message>
        <location line="-231"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>no events</source>
        <translation>keine Ereignisse</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within target</source>
        <translation>Im Zielwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliance</source>
        <translation>Einhaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaches</source>
        <translation>Verletzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag p50</source>
        <translation>Verzögerung p50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag p95</source>
        <translation>Verzögerung p95</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag p99</source>
        <translation>Verzögerung p99</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SlaReport</name>
    <message>
        <location filename="../ui/reports/SlaReport.cpp" line="+47"/>
        <source>%1 to %2 (UTC), by %3</source>
        <translation>%1 bis %2 (UTC), je %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+33"/>
        <source>Service-level report</source>
        <translation>Service-Level-Bericht</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot finish %1</source>
        <translation>%1 kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Generated %1 (UTC)</source>
        <translation>Erstellt %1 (UTC)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Compliance over time</source>
        <translation>Einhaltung im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaches</source>
        <translation>Verletzungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No breaches in this period.</source>
        <translation>Keine Verletzungen in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SlaView</name>
    <message>
        <location filename="../ui/views/SlaView.cpp" line="+215"/>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;By:</source>
        <translation>&amp;Einteilung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 13 weeks</source>
        <translation>Letzte 13 Wochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF report...</source>
        <translation>&amp;PDF-Bericht exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance over time</source>
        <translation>Einhaltung im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+88"/>
        <source>Breaches: %1</source>
        <translation>Verletzungen: %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Service levels could not be read: %1</source>
        <translation>Die Service-Level konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No completed events in this period.</source>
        <translation>Keine abgeschlossenen Ereignisse in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 events within target overall (%3 %).</source>
        <translation>Insgesamt %1 von %2 Ereignissen im Zielwert (%3 %).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export service levels as CSV</source>
        <translation>Service-Level als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export service-level report</source>
        <translation>Service-Level-Bericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing %1...</source>
        <translation>%1 wird geschrieben...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SloTargetsModel</name>
    <message>
        <location filename="../ui/models/SettingsModels.cpp" line="-80"/>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SnoozeDialog</name>
    <message>
        <location filename="../ui/dialogs/ExceptionDialogs.cpp" line="+12"/>
        <source>Snooze</source>
        <translation>Aufschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;For:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>syncline::ui::StatusPanel</name>
    <message>
        <location filename="../ui/StatusPanel.cpp" line="+33"/>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine: starting</source>
        <translation>Engine: startet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Engine: running</source>
        <translation>Engine: läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No update yet</source>
        <translation>Noch keine Aktualisierung</translation>
    </message>
</context>
<context>
    <name>syncline::ui::UsersModel</name>
    <message>
        <location filename="../ui/models/SettingsModels.cpp" line="-112"/>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
</TS>
