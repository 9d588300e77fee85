<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PipelineStatus</name>
    <message numerus="yes">
        <location filename="../app/syncline/PipelineStatus.cpp" line="+70"/>
        <source>%n delivery target(s)</source>
        <translation>
            <numerusform>%n delivery target</numerusform>
            <numerusform>%n delivery targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n drop folder(s)</source>
        <translation>
            <numerusform>%n drop folder</numerusform>
            <numerusform>%n drop folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open hold(s)</source>
        <translation>
            <numerusform>%n open hold</numerusform>
            <numerusform>%n open holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n dead letter</numerusform>
            <numerusform>%n dead letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncline::ui::AuditView</name>
    <message numerus="yes">
        <location filename="../ui/views/AuditView.cpp" line="+250"/>
        <source>The audit chain is intact: %n entries verified.</source>
        <translation>
            <numerusform>The audit chain is intact: %n entry verified.</numerusform>
            <numerusform>The audit chain is intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entries shown; scroll for more</source>
        <translation>
            <numerusform>%n entry shown; scroll for more</numerusform>
            <numerusform>%n entries shown; scroll for more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncline::ui::BulkCommand</name>
    <message numerus="yes">
        <location filename="../ui/ExceptionActions.cpp" line="+75"/>
        <source>, %n failed: %1</source>
        <translation>
            <numerusform>, %n failed: %1</numerusform>
            <numerusform>, %n failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n not sent (cancelled)</source>
        <translation>
            <numerusform>, %n not sent (cancelled)</numerusform>
            <numerusform>, %n not sent (cancelled)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncline::ui::ExceptionsView</name>
    <message numerus="yes">
        <location filename="../ui/views/ExceptionsView.cpp" line="+391"/>
        <source>Older than %n min</source>
        <translation>
            <numerusform>Older than %n min</numerusform>
            <numerusform>Older than %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/ExceptionsViewCommands.cpp" line="+46"/>
        <source>Sending %n item(s)...</source>
        <translation>
            <numerusform>Sending %n item...</numerusform>
            <numerusform>Sending %n items...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>Approve %n held order(s) despite the failed rule. Reason:</source>
        <translation>
            <numerusform>Approve %n held order despite the failed rule. Reason:</numerusform>
            <numerusform>Approve %n held orders despite the failed rule. Reason:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reject %n order(s): they are cancelled. Reason:</source>
        <translation>
            <numerusform>Reject %n order: it is cancelled. Reason:</numerusform>
            <numerusform>Reject %n orders: they are cancelled. Reason:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Discard %n dead letter(s). Reason:</source>
        <translation>
            <numerusform>Discard %n dead letter. Reason:</numerusform>
            <numerusform>Discard %n dead letters. Reason:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/ExceptionsViewDetails.cpp" line="+121"/>
        <source>&lt;p&gt;&lt;b&gt;Failed at:&lt;/b&gt; %1 (%2), %n attempt(s), %3&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Failed at:&lt;/b&gt; %1 (%2), %n attempt, %3&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Failed at:&lt;/b&gt; %1 (%2), %n attempts, %3&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncline::ui::OrderLookupView</name>
    <message numerus="yes">
        <location filename="../ui/views/OrderLookupView.cpp" line="+167"/>
        <source>%n orders match &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n order matches &quot;%1&quot;.</numerusform>
            <numerusform>%n orders match &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncline::ui::OrderTimelineModel</name>
    <message numerus="yes">
        <location filename="../ui/models/OrderModels.cpp" line="+278"/>
        <source>%n attempts</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncline::ui::Presentation</name>
    <message numerus="yes">
        <location filename="../ui/Presentation.cpp" line="+81"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncline::ui::RejectedInputsView</name>
    <message numerus="yes">
        <location filename="../ui/views/RejectedInputsView.cpp" line="+139"/>
        <source>%n refused inputs</source>
        <translation>
            <numerusform>%n refused input</numerusform>
            <numerusform>%n refused inputs</numerusform>
        </translation>
    </message>
</context>
</TS>
