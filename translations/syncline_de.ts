<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Console</name>
    <message>
        <location filename="../app/syncline/Console.cpp" line="+38"/>
        <source>The engine could not be started.</source>
        <translation>Die Engine konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>main</name>
    <message>
        <location filename="../app/syncline/main.cpp" line="+78"/>
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
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the view &lt;id&gt; first (dashboard, feeds...).</source>
        <translation>Zuerst die Ansicht &lt;id&gt; zeigen (dashboard, feeds...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown view %1; the views are: %2.</source>
        <translation>Unbekannte Ansicht %1; die Ansichten sind: %2.</translation>
    </message>
</context>
<context>
    <name>syncline::ui::DashboardView</name>
    <message>
        <location filename="../ui/views/DashboardView.cpp" line="+39"/>
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
        <translation>Unzustellbar</translation>
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
        <location line="+4"/>
        <source>Events committed per second</source>
        <translation>Festgeschriebene Ereignisse pro Sekunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throughput, last five minutes</source>
        <translation>Durchsatz der letzten fünf Minuten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>syncline::ui::EngineBridge</name>
    <message>
        <location filename="../ui/EngineBridge.cpp" line="+172"/>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
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
        <translation>Unzustellbar</translation>
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
    <name>syncline::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+31"/>
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
</TS>
