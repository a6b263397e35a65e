<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="43"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="50"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="57"/>
        <source>Any record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="61"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="66"/>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="79"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="81"/>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="100"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="86"/>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="99"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="88"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="91"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="99"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="99"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="100"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="104"/>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="107"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="110"/>
        <source>Checking that no entry was changed or removed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="173"/>
        <source>(a desk, nobody signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="175"/>
        <source>(the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="203"/>
        <source>%1 entries shown, newest first; more are older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="204"/>
        <source>%1 entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="212"/>
        <source>The chain of entries is intact: no entry was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="228"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="229"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="45"/>
        <source>fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="46"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="47"/>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="48"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="49"/>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="50"/>
        <source>failures in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="51"/>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="52"/>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="53"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="54"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="55"/>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="56"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="57"/>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="58"/>
        <source>advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="59"/>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="60"/>
        <source>other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="61"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="62"/>
        <source>for marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="81"/>
        <source>some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="95"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="97"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="128"/>
        <source>A backup is being written already; it will be ready in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="247"/>
        <source>Backup written: %1 (%2 MB, checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="263"/>
        <source>Backing up… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="265"/>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="281"/>
        <source>Backing up the book before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="284"/>
        <source>Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="319"/>
        <source>Backup not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="328"/>
        <source>The automatic backup was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="331"/>
        <source>Automatic backup not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookLock</name>
    <message>
        <location filename="../../app/desk/book_lock.py" line="145"/>
        <source>Guanxi on the computer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/book_lock.py" line="146"/>
        <source>process %1 on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <location filename="../../app/bootstrap.py" line="149"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="364"/>
        <source>Guanxi opens the book on this computer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="373"/>
        <source>This is the book on this computer: the shared book on the server was not opened. Nothing you do here reaches the other desks. To use the shared book, restart Guanxi (or choose it again in Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="450"/>
        <source>Checking the book for damage… (work goes on; a save waits for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="466"/>
        <source>Book checked: sound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../app/presentation/call_words.py" line="46"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/call_words.py" line="61"/>
        <source>nothing overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/call_words.py" line="64"/>
        <source>%1, %2</source>
        <comment>3 overdue, oldest 5 days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/call_words.py" line="82"/>
        <source>%1 (%2)</source>
        <comment>a reason to call (its detail)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/call_words.py" line="86"/>
        <source>, </source>
        <comment>between reasons about one car</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/call_words.py" line="91"/>
        <source>%1 · %2</source>
        <comment>reasons to call · the car they are about</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallSheetView</name>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="136"/>
        <source>All advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="140"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="142"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="77"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="79"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="81"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="82"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="84"/>
        <source>Plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="85"/>
        <location filename="../../app/ui/views/callsheet_view.py" line="171"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="161"/>
        <location filename="../../app/ui/views/callsheet_view.py" line="198"/>
        <source>Reading the call sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="169"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="103"/>
        <source>This number was reported wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/callsheet_view.py" line="218"/>
        <source>%n customer(s) to call</source>
        <translation>
            <numerusform>%n customer to call</numerusform>
            <numerusform>%n customers to call</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="153"/>
        <location filename="../../app/ui/views/callsheet_view.py" line="210"/>
        <location filename="../../app/ui/views/callsheet_view.py" line="261"/>
        <location filename="../../app/ui/views/callsheet_view.py" line="262"/>
        <location filename="../../app/ui/views/callsheet_view.py" line="269"/>
        <location filename="../../app/ui/views/callsheet_view.py" line="277"/>
        <source>Call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="208"/>
        <source>The call sheet could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/callsheet_view.py" line="221"/>
        <source>%n call(s) left out: no consent</source>
        <translation>
            <numerusform>%n call left out: no consent</numerusform>
            <numerusform>%n calls left out: no consent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="272"/>
        <source>Save call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="273"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="279"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="279"/>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="288"/>
        <source>Export call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="289"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallSheetWords</name>
    <message numerus="yes">
        <location filename="../../app/presentation/call_words.py" line="18"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/presentation/call_words.py" line="21"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/presentation/call_words.py" line="24"/>
        <source>%n overdue</source>
        <comment>customers to call</comment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/presentation/call_words.py" line="27"/>
        <source>oldest %n day(s)</source>
        <comment>the oldest overdue call</comment>
        <translation>
            <numerusform>oldest %n day</numerusform>
            <numerusform>oldest %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/presentation/call_words.py" line="30"/>
        <source>quiet for %n day(s)</source>
        <comment>a lead with no contact</comment>
        <translation>
            <numerusform>quiet for %n day</numerusform>
            <numerusform>quiet for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="41"/>
        <source>Calls to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="52"/>
        <source>New follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="54"/>
        <source>Put a call to make to this customer on the call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="58"/>
        <source>Open follow-ups and next reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="126"/>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="134"/>
        <source>snoozed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="142"/>
        <source>Next reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/calls_panel.py" line="152"/>
        <source>… %n more in the reminders list</source>
        <translation>
            <numerusform>… %n more in the reminders list</numerusform>
            <numerusform>… %n more in the reminders list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="156"/>
        <source>No calls to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/calls_panel.py" line="158"/>
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/calls_panel.py" line="159"/>
        <source>%n reminder(s) in the next 12 months</source>
        <translation>
            <numerusform>%n reminder in the next 12 months</numerusform>
            <numerusform>%n reminders in the next 12 months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/campaign_dialog.py" line="23"/>
        <source>Call these customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/campaign_dialog.py" line="25"/>
        <source>A call for each of the %n customer(s) listed goes on the call sheet of their advisor from the day chosen (customers with such a call still open are skipped).</source>
        <translation>
            <numerusform>A call for the %n customer listed goes on the call sheet of their advisor from the day chosen (skipped if such a call is still open).</numerusform>
            <numerusform>A call for each of the %n customers listed goes on the call sheet of their advisor from the day chosen (customers with such a call still open are skipped).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/campaign_dialog.py" line="28"/>
        <source>Customers who have not agreed to marketing are skipped (PIPL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/campaign_dialog.py" line="36"/>
        <source>e.g. thank-you call, spring maintenance offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/campaign_dialog.py" line="38"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/campaign_dialog.py" line="39"/>
        <source>Note for the advisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="383"/>
        <source>Cancel the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="384"/>
        <source>The order (%1) is cancelled: its model, price and expected delivery are cleared, and the customer&apos;s timeline says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="394"/>
        <source>Which brand, e.g. 丰田</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="397"/>
        <source>Keep working the lead (back to: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="400"/>
        <source>Close it as lost (the sales manager reviews it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="408"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="409"/>
        <source>Competitor&apos;s brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="410"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="411"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardLeads</name>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="429"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="431"/>
        <source>Pass to sales…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="434"/>
        <source>A trade-in, a used car, finance, insurance or accessories: pass the customer to a sales advisor with a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardMergeActions</name>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="190"/>
        <source>Undo a merge…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../app/presentation/charts.py" line="296"/>
        <source>No data for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="345"/>
        <source>Revenue (10,000 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="382"/>
        <source>%1: month to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="396"/>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="397"/>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="398"/>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="408"/>
        <location filename="../../app/presentation/charts.py" line="849"/>
        <source>Customers by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="422"/>
        <location filename="../../app/presentation/charts.py" line="575"/>
        <location filename="../../app/presentation/charts.py" line="908"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="428"/>
        <location filename="../../app/presentation/charts.py" line="850"/>
        <source>Visits and revenue per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="437"/>
        <location filename="../../app/presentation/charts.py" line="441"/>
        <location filename="../../app/presentation/charts.py" line="913"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="355"/>
        <location filename="../../app/presentation/charts.py" line="914"/>
        <source>Revenue (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="449"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="470"/>
        <source>Top 20% of customers: %1 of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="476"/>
        <location filename="../../app/presentation/charts.py" line="851"/>
        <source>Revenue concentration (Pareto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="489"/>
        <source>Customers, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="492"/>
        <source>Equal share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="499"/>
        <source>%1 customers with revenue, %2 yuan in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="509"/>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="510"/>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="517"/>
        <location filename="../../app/presentation/charts.py" line="852"/>
        <source>Reminders and follow-ups: done vs missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="531"/>
        <location filename="../../app/presentation/charts.py" line="922"/>
        <source>Reminders done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="534"/>
        <location filename="../../app/presentation/charts.py" line="923"/>
        <source>Reminders missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="537"/>
        <location filename="../../app/presentation/charts.py" line="640"/>
        <location filename="../../app/presentation/charts.py" line="924"/>
        <location filename="../../app/presentation/charts.py" line="943"/>
        <source>Follow-ups done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="540"/>
        <location filename="../../app/presentation/charts.py" line="925"/>
        <source>Follow-ups missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="548"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="559"/>
        <location filename="../../app/presentation/charts.py" line="854"/>
        <location filename="../../app/presentation/charts.py" line="927"/>
        <source>Lapsed customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="567"/>
        <location filename="../../app/presentation/charts.py" line="929"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="568"/>
        <location filename="../../app/presentation/charts.py" line="930"/>
        <location filename="../../app/presentation/charts.py" line="971"/>
        <location filename="../../app/presentation/charts.py" line="985"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="582"/>
        <location filename="../../app/presentation/charts.py" line="855"/>
        <source>Satisfaction per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="592"/>
        <location filename="../../app/presentation/charts.py" line="936"/>
        <source>Unhappy (1-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="596"/>
        <source>Other responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="602"/>
        <location filename="../../app/presentation/charts.py" line="934"/>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="610"/>
        <source>Average score (overall %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="614"/>
        <location filename="../../app/presentation/charts.py" line="935"/>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="631"/>
        <location filename="../../app/presentation/charts.py" line="856"/>
        <source>Activity per advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="639"/>
        <location filename="../../app/presentation/charts.py" line="942"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="641"/>
        <location filename="../../app/presentation/charts.py" line="944"/>
        <source>Service visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="655"/>
        <source>The %1 most active of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="663"/>
        <location filename="../../app/presentation/charts.py" line="771"/>
        <location filename="../../app/presentation/charts.py" line="966"/>
        <location filename="../../app/presentation/charts.py" line="995"/>
        <location filename="../../app/presentation/charts.py" line="1001"/>
        <location filename="../../app/presentation/charts.py" line="1008"/>
        <location filename="../../app/presentation/charts.py" line="1012"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="664"/>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="665"/>
        <source>Showroom visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="666"/>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="667"/>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="668"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="669"/>
        <source>Won (delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="672"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="673"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="674"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="675"/>
        <source>Car portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="676"/>
        <source>Auto show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="677"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="678"/>
        <source>Existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="679"/>
        <source>Service lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="682"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="683"/>
        <source>Bought a competitor&apos;s brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="684"/>
        <source>Financing refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="685"/>
        <source>No stock or long wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="686"/>
        <source>Chose a used car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="687"/>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="688"/>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="689"/>
        <source>Erased on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="692"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="693"/>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="694"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="695"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="696"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="709"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="714"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="720"/>
        <source>Lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="722"/>
        <source>First contact: median %1, %2 within %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="728"/>
        <source>Time to close: median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="736"/>
        <location filename="../../app/presentation/charts.py" line="857"/>
        <location filename="../../app/presentation/charts.py" line="993"/>
        <source>Lead funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="764"/>
        <location filename="../../app/presentation/charts.py" line="858"/>
        <source>Conversion by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="773"/>
        <location filename="../../app/presentation/charts.py" line="826"/>
        <location filename="../../app/presentation/charts.py" line="984"/>
        <location filename="../../app/presentation/charts.py" line="1002"/>
        <location filename="../../app/presentation/charts.py" line="1013"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="775"/>
        <source>%1 won of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="791"/>
        <location filename="../../app/presentation/charts.py" line="859"/>
        <location filename="../../app/presentation/charts.py" line="1006"/>
        <source>Lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="813"/>
        <location filename="../../app/presentation/charts.py" line="860"/>
        <source>Won against target per advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="831"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="832"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="904"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="906"/>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="907"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="909"/>
        <source>Value (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="911"/>
        <source>Visits and revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="916"/>
        <source>Pareto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="917"/>
        <source>Share of customers (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="918"/>
        <source>Share of revenue (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="920"/>
        <source>Reminders and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="932"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="940"/>
        <source>Advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="941"/>
        <location filename="../../app/presentation/charts.py" line="1011"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="967"/>
        <source>Showroom-visit rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="968"/>
        <source>Test-drive rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="969"/>
        <source>Order rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="970"/>
        <location filename="../../app/presentation/charts.py" line="1003"/>
        <location filename="../../app/presentation/charts.py" line="1014"/>
        <source>Win rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="972"/>
        <source>Leads contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="973"/>
        <source>First contact, median (opening hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="975"/>
        <source>First contact within the limit (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="977"/>
        <source>Response limit (opening hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="979"/>
        <source>Time to close, median (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="983"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="986"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="987"/>
        <source>(no advisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="989"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="990"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="991"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="994"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="996"/>
        <source>Share of leads (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="999"/>
        <source>Leads by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1000"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1007"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1010"/>
        <source>Advisor conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1015"/>
        <source>Monthly target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1019"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1020"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1023"/>
        <source>Referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1024"/>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli.py" line="41"/>
        <source>Guanxi: customer relationships for a dealership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="43"/>
        <source>the book: a SQLite file path or a database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="44"/>
        <source>interface language: zh_CN or en (default: preferences, then the system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="47"/>
        <source>open the window (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="49"/>
        <source>write a demo book with generated customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="50"/>
        <source>the new book&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="51"/>
        <source>how many customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="52"/>
        <source>the same seed gives the same book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="55"/>
        <source>check a book&apos;s integrity and schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="57"/>
        <source>print the daily call sheet to a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="58"/>
        <location filename="../../app/cli.py" line="64"/>
        <location filename="../../app/cli.py" line="71"/>
        <location filename="../../app/cli.py" line="588"/>
        <location filename="../../app/cli.py" line="878"/>
        <location filename="../../app/cli.py" line="880"/>
        <location filename="../../app/cli.py" line="887"/>
        <location filename="../../app/cli.py" line="890"/>
        <location filename="../../app/cli.py" line="1003"/>
        <location filename="../../app/cli.py" line="1007"/>
        <source>the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="59"/>
        <location filename="../../app/cli.py" line="67"/>
        <source>the day (YYYY-MM-DD, default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="60"/>
        <location filename="../../app/cli.py" line="68"/>
        <location filename="../../app/cli.py" line="76"/>
        <source>only this advisor&apos;s customers (a staff member&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="61"/>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="62"/>
        <source>export a list to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="65"/>
        <location filename="../../app/cli.py" line="72"/>
        <location filename="../../app/cli.py" line="589"/>
        <source>the .xlsx file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="66"/>
        <source>reminders: how many days ahead (default 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="56"/>
        <source>the book to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="70"/>
        <source>write the dashboard&apos;s figures to a workbook (one sheet per chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="73"/>
        <source>also save every chart as a PNG in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="74"/>
        <source>first month (YYYY-MM, default 11 months before this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="75"/>
        <source>last month (YYYY-MM, default this month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="360"/>
        <source>%1 of %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="365"/>
        <source>Demo book written: %1 (%2 customers, %3 vehicles, %4 contacts, %6 service visits) in %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="416"/>
        <source>Schema: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="427"/>
        <source>OK: the book is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="408"/>
        <source>Welcome to Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="409"/>
        <source>This is the first start. Start with an empty book, or with a demo book of 500 made-up customers to look around?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="412"/>
        <source>Demo book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="413"/>
        <source>Empty book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="136"/>
        <source>Not a valid date (use YYYY-MM-DD): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="77"/>
        <source>write a checked backup of the book (also while the window has it open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="81"/>
        <source>the book (a SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="79"/>
        <source>the backups folder (default: as in Preferences, else a &apos;backups&apos; folder beside the book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="45"/>
        <source>sign in as this login first (password asked, or GUANXI_PASSWORD; GUANXI_USER stands for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="53"/>
        <source>also add N customers who duplicate others (for the duplicate finder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="54"/>
        <source>also write customer sheets as dealerships send them (customers.xlsx, old-crm.csv) into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="69"/>
        <source>customers: only those who agreed to marketing (the others are counted, not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="78"/>
        <source>the book (a SQLite file, or a server&apos;s address: backed up by its pg_dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="80"/>
        <source>put a backup in the book&apos;s place (the book as it was is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="82"/>
        <source>the backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="83"/>
        <source>copy a whole book to an empty place: a file to a database server, a server&apos;s book to a file, or a file to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="84"/>
        <source>the book to copy (a SQLite file or a database URL); it is only read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="85"/>
        <source>where to: a file that does not exist yet, or the URL of an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="101"/>
        <source>not a whole number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="109"/>
        <source>the number of days must be from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="114"/>
        <source>the number of customers must be from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="133"/>
        <source>There is no day %1 in that month: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="139"/>
        <source>the date must be from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="157"/>
        <source>the month must be from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="167"/>
        <source>Which book? Give it with --db (a file or a database URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="242"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="261"/>
        <source>Something went wrong: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="263"/>
        <source>What was saved before the problem is kept; the rest was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="265"/>
        <source>Nothing in the book was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="267"/>
        <source>The details are in the log file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="269"/>
        <source>The details could not be written to a log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="392"/>
        <source>Planted duplicates: %1 pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="398"/>
        <source>Dirty sheets of %1 customers written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="419"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="420"/>
        <source>vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="421"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="422"/>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="448"/>
        <source>This database holds no Guanxi book yet: Guanxi has never opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="450"/>
        <source>The book is from an earlier Guanxi (%1); it is upgraded, after a backup, the next time Guanxi opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="459"/>
        <source>Some records point at records that are not in the book (a link is broken). Nothing was changed; keep a copy of the book for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="509"/>
        <source>No staff member is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="527"/>
        <source>Call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="529"/>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="531"/>
        <source>Call sheet for %1 written to %2 (customers: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="576"/>
        <location filename="../../app/cli.py" line="625"/>
        <source>Written to %1 (rows: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="578"/>
        <source>Left out: %1 customers who have not agreed to marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="587"/>
        <source>export the audit log (who did what to which record when) to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="590"/>
        <source>the first day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="591"/>
        <source>the last day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="592"/>
        <source>only what this staff member did (their login or number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="593"/>
        <source>only this action (create, change, archive, export...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="609"/>
        <source>The last day comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="706"/>
        <source>The file to write must end in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="710"/>
        <location filename="../../app/cli.py" line="1097"/>
        <source>%1 is the book itself: choose another file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="719"/>
        <source>Restores here are of a book file; a book on a database server is restored by the server&apos;s own tools (pg_restore from a backup that guanxi backup wrote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="801"/>
        <source>Copying %1: %2 of %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="802"/>
        <location filename="../../app/cli.py" line="1110"/>
        <source>Checking %1: %2 of %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="813"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="813"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="814"/>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="816"/>
        <source>(started afresh, not copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="821"/>
        <source>Copied %1 to %2 in %3 s: every table checked (rows and content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="844"/>
        <source>No password was given: type it when asked, or set GUANXI_PASSWORD (GUANXI_NEW_PASSWORD for a new account&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="857"/>
        <source>This book has staff accounts: say who you are with --user LOGIN (or GUANXI_USER); the password is asked, or taken from GUANXI_PASSWORD. Nothing was read or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="862"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="875"/>
        <source>list, add or deactivate staff and their accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="877"/>
        <source>every staff member: login, role, phone, active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="879"/>
        <source>add a staff member (with --login, an account: the password is asked twice, or GUANXI_NEW_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="881"/>
        <source>the name as the lists show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="882"/>
        <source>the sign-in name (without it: no account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="884"/>
        <source>the role (default: advisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="885"/>
        <source>the work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="886"/>
        <source>mark a staff member as gone (never deleted: kept on old records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="888"/>
        <source>the staff member&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="889"/>
        <source>hand a staff member&apos;s customers and open follow-ups over to others, in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="891"/>
        <source>the login of the staff member who leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="892"/>
        <source>the logins of those who take over, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="894"/>
        <source>even: the same number each; tier: each value tier shared out evenly (default: even)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="903"/>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="904"/>
        <source>The new password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="905"/>
        <source>The two passwords are not the same. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="924"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="924"/>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="926"/>
        <location filename="../../app/cli.py" line="993"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="926"/>
        <location filename="../../app/cli.py" line="993"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="926"/>
        <location filename="../../app/cli.py" line="993"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="926"/>
        <location filename="../../app/cli.py" line="994"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="927"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="938"/>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="943"/>
        <location filename="../../app/cli.py" line="962"/>
        <source>Nobody signs in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="945"/>
        <source>%1 is deactivated (kept on every record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="967"/>
        <source>Handed over from %1 to %2</source>
        <comment>a timeline note: %1 the leaver, %2 the receiver</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="975"/>
        <source>Handed over from %1: %2 customers, %3 open follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="979"/>
        <source>%1: %2 customers, %3 follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="994"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="995"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="995"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1000"/>
        <source>a person&apos;s data on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1002"/>
        <source>write everything the book holds about one customer to a JSON file and a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1004"/>
        <location filename="../../app/cli.py" line="1008"/>
        <source>the customer&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1005"/>
        <source>the folder to write customer-N.json and customer-N.xlsx into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1006"/>
        <source>erase one customer&apos;s personal data on their request (the owner; counts and amounts are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1009"/>
        <source>why (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1010"/>
        <source>do not ask whether you are sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1017"/>
        <source>Say why with --reason (it is kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1019"/>
        <source>Nothing was erased: confirm with --yes when no one is at a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1029"/>
        <source>Erase %1 (customer %2)? Their name, phones, addresses, notes, family and their cars&apos; VIN and plate are removed for good; backups taken before still hold them. Type yes to erase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1037"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1038"/>
        <source>Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1041"/>
        <source>Customer %1 erased: now %2, with the counts and amounts kept. Backups taken before still hold the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1051"/>
        <source>a customer&apos;s number is from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1079"/>
        <source>write an anonymised copy of the book for support: every name, phone, address, VIN, plate, WeChat id and note made up, the rest kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1080"/>
        <source>the book (a SQLite file or a database URL); it is only read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1081"/>
        <source>the copy&apos;s file (a new SQLite book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1082"/>
        <source>write over the file --out names if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1090"/>
        <source>%1 is a folder: give the name of the file to write the copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1137"/>
        <source>bring customers and their vehicles in from an .xlsx or .csv sheet (all or nothing, a backup first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1138"/>
        <source>the book (a SQLite file or a database URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1139"/>
        <source>the sheet: .xlsx, .csv or .txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1140"/>
        <source>the workbook&apos;s sheet (default: the first visible one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1141"/>
        <source>a text file&apos;s encoding (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1142"/>
        <source>a text file&apos;s delimiter (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1143"/>
        <source>auto (the columns&apos; names, or the mapping last chosen for this header) or a JSON file {&quot;header or column number&quot;: &quot;field&quot; or null}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1144"/>
        <source>a row whose phone or VIN is a customer&apos;s already: update that customer (default), skip the row, or add it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1145"/>
        <source>an update changes fields that are filled already (default: it only fills empty ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1146"/>
        <source>say what the import would do; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1147"/>
        <source>write the rejected rows, with the reason, to this workbook (.xlsx) to correct and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1163"/>
        <source>The mapping file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1165"/>
        <source>The mapping file is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1167"/>
        <source>The mapping file must hold one object: {&quot;header or column number&quot;: &quot;field&quot; or null}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1171"/>
        <source>%1 is not a field; the fields are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1174"/>
        <source>The sheet has no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1192"/>
        <source>%1 is the sheet being imported: write the rejected rows to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1208"/>
        <source>No column of the sheet is the customers&apos; name: name it in a mapping file (--mapping). The columns are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1211"/>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1215"/>
        <source>Checking rows: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1216"/>
        <source>Taking a backup of the book first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1217"/>
        <source>Writing: %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1235"/>
        <source>Rows in: %1 = created %2 + updated %3 + unchanged %4 + skipped as duplicates %5 + rejected %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1241"/>
        <source>Not rows of customers: %1 empty rows, %2 total rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1245"/>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1248"/>
        <source>… and %1 more rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1253"/>
        <source>Why it was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1254"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1258"/>
        <source>Rejected rows written to %1 (%2 rows, the reason in the last column): correct them there and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1261"/>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1263"/>
        <source>Vehicles added: %1, updated: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1266"/>
        <source>The book as it was before is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1267"/>
        <source>Imported in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="350"/>
        <location filename="../../app/cli.py" line="1093"/>
        <source>There is no folder %1: make it first, or write the copy somewhere else. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1100"/>
        <source>%1 exists already: give --force to write over it, or choose another file. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1108"/>
        <source>Making up names and numbers: %2 of %3 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1109"/>
        <source>Anonymising %1: %2 of %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1122"/>
        <source>Anonymised copy written: %1 (%2 rows in %3 tables, each checked) in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1125"/>
        <source>Every name, phone number, address, VIN, plate, WeChat id, e-mail address and note in it is made up; ids, dates, amounts and counts are the book&apos;s. The staff&apos;s accounts were removed: the copy asks for an owner&apos;s account when it is first opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1129"/>
        <source>The book&apos;s own audit log does not hold together (%1 entries break its chain); the copy&apos;s log is chained afresh. Run guanxi check on the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1025"/>
        <location filename="../../app/cli.py" line="1066"/>
        <source>There is no customer number %1 in this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1069"/>
        <source>Everything about customer %1 (%2 rows) written to %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="744"/>
        <location filename="../../app/cli.py" line="758"/>
        <source>Backup written and checked: %1 (%2 MB) in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="779"/>
        <source>%1 is the book itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="790"/>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="793"/>
        <source>The book as it was is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="154"/>
        <source>Not a valid month (use YYYY-MM): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="651"/>
        <source>The last month comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="675"/>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="679"/>
        <source>Report for %1 to %2 written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="683"/>
        <source>Charts saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="572"/>
        <location filename="../../app/cli.py" line="619"/>
        <location filename="../../app/cli.py" line="1256"/>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../app/ui/widgets/common.py" line="141"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/common.py" line="143"/>
        <source>Saved to %1 (rows: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/common.py" line="177"/>
        <location filename="../../app/ui/widgets/common.py" line="189"/>
        <location filename="../../app/ui/widgets/common.py" line="193"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/common.py" line="194"/>
        <source>The workbook could not be written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/common.py" line="203"/>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/common.py" line="207"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="50"/>
        <source>Consents of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="51"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="66"/>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="136"/>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="66"/>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="136"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="78"/>
        <source>e.g. signed at delivery, asked on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="79"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="84"/>
        <source>Grant or withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="86"/>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="101"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="89"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="91"/>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="93"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="94"/>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="102"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="99"/>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="101"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="101"/>
        <source>Granted or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="102"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="102"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="116"/>
        <source>History (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="167"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentLine</name>
    <message>
        <location filename="../../app/ui/widgets/consent_line.py" line="56"/>
        <source>Consents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/consent_line.py" line="58"/>
        <source>Grant or withdraw a consent, and see its history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentWords</name>
    <message>
        <location filename="../../app/presentation/consent_words.py" line="15"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/consent_words.py" line="27"/>
        <source>Recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="259"/>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="260"/>
        <source>The next follow-up is set from the intent level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="268"/>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="277"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="276"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="278"/>
        <source>Intent level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="279"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="121"/>
        <source>Customer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="211"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="213"/>
        <source>Save the card (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="215"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="975"/>
        <source>Cancel changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="216"/>
        <source>Undo the changes since the last save (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="218"/>
        <source>Close low-score flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="220"/>
        <source>The manager has followed up the low satisfaction score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="222"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="827"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="236"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="237"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="498"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="787"/>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="238"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="526"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="793"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="240"/>
        <source>Family and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="243"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="250"/>
        <source>Log a contact: what was said (Enter to log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="252"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="292"/>
        <source>Show the full phone numbers and address (written to the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="304"/>
        <source>Leap month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="311"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="312"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="335"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="339"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="352"/>
        <source>Comma separated, e.g. VIP, Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="354"/>
        <source>Agrees to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="362"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="363"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="364"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="365"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="366"/>
        <source>Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="367"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="368"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="369"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="370"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="371"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="372"/>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="373"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="374"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="375"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="377"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="378"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="379"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="380"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="381"/>
        <source>Consent channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="382"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="443"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="453"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="446"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="36"/>
        <location filename="../../app/ui/widgets/card_lists.py" line="63"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="37"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="38"/>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="311"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="39"/>
        <source>Model year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="40"/>
        <source>Mileage (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="43"/>
        <source>Insurance expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="45"/>
        <source>Inspection due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="47"/>
        <source>Warranty ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="49"/>
        <source>Next service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="503"/>
        <source>New vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="506"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="508"/>
        <source>Change owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="510"/>
        <source>Archive / restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="56"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="58"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="60"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="62"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="330"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="570"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="473"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="585"/>
        <source>%1 (inactive)</source>
        <comment>an advisor who no longer works here</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="596"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="800"/>
        <source>No customer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/customer_card.py" line="786"/>
        <source>Vehicles (%n)</source>
        <translation>
            <numerusform>Vehicles (%n)</numerusform>
            <numerusform>Vehicles (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/customer_card.py" line="792"/>
        <source>Timeline (%n)</source>
        <translation>
            <numerusform>Timeline (%n)</numerusform>
            <numerusform>Timeline (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="798"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="805"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="353"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="807"/>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="809"/>
        <source>No marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="811"/>
        <source>Low satisfaction: manager to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="813"/>
        <source>Wrong number: check the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="827"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="976"/>
        <source>Throw away the changes made on this card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="376"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="1025"/>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="1062"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="1064"/>
        <source>Not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="1129"/>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../app/ui/dialogs/customer_picker.py" line="32"/>
        <source>Name, pinyin, phone or plate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="58"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="59"/>
        <source>Plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="60"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="61"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="62"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="307"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="309"/>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="47"/>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="50"/>
        <source>Name, pinyin, phone, plate or VIN (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="52"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="57"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="61"/>
        <source>Filter by tier, RFM, vehicles, buyer, models, key account, visits and tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="65"/>
        <source>Call these customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="68"/>
        <source>Put every customer of the list on the call sheet of their advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="71"/>
        <source>Export for marketing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="74"/>
        <source>Export the list as shown, only the customers who agreed to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="82"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="102"/>
        <source>Opening the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="281"/>
        <source>Working out customer values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="294"/>
        <source>The segment could not be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="331"/>
        <source>%n call(s) put on the call sheets.</source>
        <translation>
            <numerusform>%n call put on the call sheets.</numerusform>
            <numerusform>%n calls put on the call sheets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="333"/>
        <source>%n customer(s) already had one open.</source>
        <translation>
            <numerusform>%n customer already had one open.</numerusform>
            <numerusform>%n customers already had one open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="336"/>
        <source>%n customer(s) skipped: no marketing consent.</source>
        <translation>
            <numerusform>%n customer skipped: no marketing consent.</numerusform>
            <numerusform>%n customers skipped: no marketing consent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="368"/>
        <source>More than %n customer(s), counting…</source>
        <translation>
            <numerusform>More than %n customer, counting…</numerusform>
            <numerusform>More than %n customers, counting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="370"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="441"/>
        <source>Export customers for marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="442"/>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="443"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="453"/>
        <source>Exported for marketing: %n customer(s) left out (no marketing consent).</source>
        <translation>
            <numerusform>Exported for marketing: %n customer left out (no marketing consent).</numerusform>
            <numerusform>Exported for marketing: %n customers left out (no marketing consent).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedBookDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="20"/>
        <source>The book is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="26"/>
        <source>The book is damaged: SQLite&apos;s check of the file found errors (this happens after a power cut, a failing disk or a full network drive). Nothing more will be written to it.

Restore the newest good backup: the damaged file is kept aside, renamed, never deleted. Or open the damaged book read-only to save what can still be read (export lists, print), then restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="33"/>
        <source>The book file cannot be read: it is empty, or its beginning was overwritten (this happens after a power cut, a failing disk, or another program writing to it). Guanxi has written nothing to it.

Restore the newest good backup: the file as it is now is kept aside, renamed, never deleted. Or close Guanxi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="39"/>
        <source>Book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="49"/>
        <source>Restore the newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="51"/>
        <source>Open it read-only to save what can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="56"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="99"/>
        <source>From month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="99"/>
        <source>To month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="105"/>
        <location filename="../../app/ui/views/dashboard_view.py" line="133"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="106"/>
        <location filename="../../app/ui/views/dashboard_view.py" line="357"/>
        <source>All advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="108"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="114"/>
        <source>Computing the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="115"/>
        <source>Computing the charts… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="128"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="130"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="187"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="189"/>
        <source>Save %1 as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="270"/>
        <source>The charts could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="298"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="334"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="335"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="344"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="345"/>
        <source>The picture could not be written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="361"/>
        <source>%1 to %2 · %3 · as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="380"/>
        <source>The charts are still being computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="384"/>
        <location filename="../../app/ui/views/dashboard_view.py" line="385"/>
        <source>Owner&apos;s dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="392"/>
        <source>Export dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="393"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="440"/>
        <source>Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="441"/>
        <source>The vehicle is added to the customer&apos;s card (bought here); calls after the delivery are put on the advisor&apos;s call sheet (days %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="454"/>
        <source>Empty until registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="461"/>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="461"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="462"/>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="462"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="463"/>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="463"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="464"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <location filename="../../app/ui/desk_session.py" line="59"/>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="61"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="88"/>
        <source>Signed in: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="89"/>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriveDoneDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="522"/>
        <source>Test drive done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="525"/>
        <source>Driving licence seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="527"/>
        <source>What the prospect said about the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="530"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="33"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="33"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="34"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="68"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatePhone</name>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="34"/>
        <source>advisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="36"/>
        <source>on file since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="38"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="46"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="49"/>
        <source>%1 is already the number of %n customer(s):</source>
        <translation>
            <numerusform>%1 is already the number of %n customer:</numerusform>
            <numerusform>%1 is already the number of %n customers:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="57"/>
        <source>Number already on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="63"/>
        <source>If this is the same customer, open that card (what was typed here is not saved). If two customers really share the number (a couple, a company&apos;s switchboard), save anyway. Cancel goes back to the card to change the number; nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="67"/>
        <source>Open that card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="69"/>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="71"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="58"/>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="72"/>
        <source>Looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="77"/>
        <source>First customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="77"/>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="78"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="77"/>
        <source>Second customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="78"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="78"/>
        <source>Why alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="80"/>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="85"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="87"/>
        <source>Merge the two customers, choosing which details to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="90"/>
        <source>Look &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="109"/>
        <source>Looking for customers who may be one person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="148"/>
        <source>No likely duplicates found among the active customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="150"/>
        <source>The %1 likeliest pairs of customers who may be one person, the likeliest first. Merge those that are; the rest are listed again after a merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="154"/>
        <source>%1 pairs of customers who may be one person, the likeliest first. Choose a pair and Merge… those that are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="33"/>
        <source>Erase this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="36"/>
        <source>&lt;p&gt;&lt;b&gt;Erase %1 (customer %2) for good?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Removed from the book: the name, phone numbers, WeChat, e-mail, address, birthday, notes, family members and dates, what the timeline, follow-ups and visits say, and the VIN and plate of their cars. They will not be found by any search, and the card will show %3.&lt;/p&gt;&lt;p&gt;Kept for the statistics: visits, amounts, dates, counts and advisors.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Backups taken before still hold this person&lt;/b&gt;: delete or replace them if the request covers them. This cannot be undone.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="49"/>
        <source>Type the customer&apos;s name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="52"/>
        <source>The customer&apos;s name, typed to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="55"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="79"/>
        <source>Erase this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="81"/>
        <source>This person&apos;s data has already been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="84"/>
        <source>Why is %1&apos;s data erased? (kept in the audit log; for example, &quot;asked in writing on 3 May&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="91"/>
        <source>Nothing was erased: a reason is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="100"/>
        <source>Erased. The card now shows %1; visits, amounts and counts are kept. Backups taken before still hold this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="106"/>
        <source>Erasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="113"/>
        <source>Export this person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="120"/>
        <source>Everything the book holds about this person (%1 rows) was written to %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="126"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../app/presentation/exports.py" line="26"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="29"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="30"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="31"/>
        <source>Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="32"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="33"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="34"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="35"/>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="36"/>
        <source>Birth month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="37"/>
        <source>Birth day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="38"/>
        <source>Lunar birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="39"/>
        <location filename="../../app/presentation/exports.py" line="214"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="40"/>
        <location filename="../../app/presentation/exports.py" line="106"/>
        <location filename="../../app/presentation/exports.py" line="125"/>
        <location filename="../../app/presentation/exports.py" line="164"/>
        <location filename="../../app/presentation/exports.py" line="210"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="41"/>
        <location filename="../../app/presentation/exports.py" line="170"/>
        <source>Plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="42"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="43"/>
        <location filename="../../app/presentation/exports.py" line="107"/>
        <location filename="../../app/presentation/exports.py" line="172"/>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="44"/>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="45"/>
        <location filename="../../app/presentation/exports.py" line="216"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="46"/>
        <location filename="../../app/presentation/exports.py" line="219"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="47"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="96"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="98"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="99"/>
        <source>Call from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="100"/>
        <location filename="../../app/presentation/exports.py" line="129"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="101"/>
        <location filename="../../app/presentation/exports.py" line="127"/>
        <location filename="../../app/presentation/exports.py" line="166"/>
        <location filename="../../app/presentation/exports.py" line="208"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="102"/>
        <location filename="../../app/presentation/exports.py" line="128"/>
        <location filename="../../app/presentation/exports.py" line="167"/>
        <location filename="../../app/presentation/exports.py" line="209"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="103"/>
        <location filename="../../app/presentation/exports.py" line="190"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="104"/>
        <location filename="../../app/presentation/exports.py" line="130"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="105"/>
        <location filename="../../app/presentation/exports.py" line="131"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="123"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="126"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="132"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="133"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="134"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="135"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="136"/>
        <location filename="../../app/presentation/exports.py" line="173"/>
        <source>Handwritten notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="162"/>
        <source>Call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="165"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="168"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="169"/>
        <source>Earliest due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="171"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="183"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="185"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="186"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="187"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="188"/>
        <source>Record kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="189"/>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="206"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="211"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="212"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="213"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="215"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="217"/>
        <source>Quiet days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="218"/>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/widgets/fields.py" line="143"/>
        <source>%1: %2</source>
        <comment>a field&apos;s name, then what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="53"/>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="58"/>
        <source>A call to make to %1: it goes on the call sheet of the advisor chosen from the day due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="71"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="75"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="80"/>
        <source>What the call is about, for the advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="84"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="85"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="86"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="87"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="88"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="128"/>
        <source>This customer is no longer in the book (another desk removed them); nothing was saved. Close this window and search again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="83"/>
        <source>To call (open and snoozed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="84"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="85"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="86"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="89"/>
        <source>All advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="90"/>
        <source>Only overdue for the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="50"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="51"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="53"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="54"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="55"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="57"/>
        <location filename="../../app/ui/views/followups_view.py" line="140"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="58"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="61"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="63"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="65"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="100"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="105"/>
        <source>Notes on the call (optional), then an outcome key 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="108"/>
        <source>After-service calls: the customer&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="109"/>
        <source>Score —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="111"/>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="126"/>
        <source>Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="128"/>
        <source>Cancel follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="132"/>
        <source>Reassign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="133"/>
        <source>Reassign selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/followups_view.py" line="180"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="207"/>
        <location filename="../../app/ui/views/followups_view.py" line="209"/>
        <source>Not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="220"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="220"/>
        <source>Call again on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="252"/>
        <source>Export follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="253"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="392"/>
        <source>Hand over the customers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="396"/>
        <source>%1 has %2 customers and %3 open follow-ups. Choose who takes them over; a follow-up goes with its customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="413"/>
        <source>Evenly (the same number each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="414"/>
        <source>By value tier (each gets a fair share of the best customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="417"/>
        <source>Takes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="417"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="418"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="421"/>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="427"/>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="433"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="477"/>
        <source>Handed over from %1 to %2</source>
        <comment>a timeline note: %1 the leaver, %2 the receiver</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="490"/>
        <source>Handing over…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="43"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="43"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="49"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="43"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="54"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="81"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="57"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="84"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="63"/>
        <source>Month </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="64"/>
        <source>Day </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="65"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="70"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="70"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="79"/>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="76"/>
        <source>What (e.g. the child&apos;s exam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="90"/>
        <source>Important dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="179"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="187"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="191"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="201"/>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="188"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="191"/>
        <source>Give the date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="117"/>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="144"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="147"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="388"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="151"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="172"/>
        <source>An Excel workbook (.xlsx) or a text file (.csv, .txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="173"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="175"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="187"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="187"/>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="188"/>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="193"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="206"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="209"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="210"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="211"/>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="222"/>
        <source>Choose the sheet of customers to bring into the book: an Excel workbook (.xlsx) or a text file (.csv, .txt) as another program exports it. Nothing is written before the last step, and a backup of the book is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="243"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="243"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="243"/>
        <source>Values in the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="244"/>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="268"/>
        <source>update that customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="269"/>
        <source>skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="270"/>
        <source>add it as a new customer anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="273"/>
        <source>Overwrite fields that are filled in the book with the sheet&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="278"/>
        <source>Every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="287"/>
        <source>Checking the rows against the book… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="289"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="687"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="308"/>
        <source>When a row matches a customer in the book (same phone or VIN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="318"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="335"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="346"/>
        <source>Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="371"/>
        <source>1. File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="371"/>
        <source>2. Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="371"/>
        <source>3. Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="372"/>
        <source>4. Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="382"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="385"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="429"/>
        <source>Import customers from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="430"/>
        <source>Sheets (*.xlsx *.xlsm *.csv *.txt *.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="430"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="498"/>
        <source>Sheet “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="499"/>
        <source>the header is on row %1;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="500"/>
        <source>%n row(s) below it,</source>
        <translation>
            <numerusform>%n row below it,</numerusform>
            <numerusform>%n rows below it,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="501"/>
        <source>%n column(s).</source>
        <translation>
            <numerusform>%n column.</numerusform>
            <numerusform>%n columns.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="530"/>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="530"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="531"/>
        <source>UTF-16 (Unicode text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="532"/>
        <source>GB18030 / GBK (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="538"/>
        <source>Each column of the sheet goes to a field of the customer or of their car, or is left out. The fields were chosen as last time for a sheet with these headers: change any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="541"/>
        <source>Each column of the sheet goes to a field of the customer or of their car, or is left out. The fields were found from the headers: change any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="553"/>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="563"/>
        <source>Field of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="594"/>
        <source>“%1” went to column %2: that column is now left out (a field takes one column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="606"/>
        <source>No column goes to the customer&apos;s name: choose the column that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="628"/>
        <source>Reading the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="636"/>
        <source>%n row(s) to import; checking them against the book…</source>
        <translation>
            <numerusform>%n row to import; checking it against the book…</numerusform>
            <numerusform>%n rows to import; checking them against the book…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="670"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="676"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="682"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="678"/>
        <source>Checking stopped: what each row would do is not known yet. Press Check again to check the rows, or change an option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="705"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="707"/>
        <source>Rows in: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="708"/>
        <source>, </source>
        <comment>between the counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="710"/>
        <source>(left aside: %1 empty row(s), %2 total row(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="743"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="869"/>
        <source>Checking the rows against the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="761"/>
        <source>Cancelling: nothing of the import is kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="773"/>
        <source>The import is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="776"/>
        <source>Rows in: %1 = %2 created + %3 updated + %4 unchanged + %5 skipped + %6 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="780"/>
        <source>Vehicles added: %1; vehicles updated: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="785"/>
        <source>Left aside: %1 empty row(s), %2 total row(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="789"/>
        <source>A backup of the book as it was before the import is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="792"/>
        <source>Nothing needed writing, so no backup was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="798"/>
        <source>The import was cancelled: nothing was written, the book is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="804"/>
        <source>The import was not done: nothing was written, the book is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="818"/>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="819"/>
        <source>%1 - rejected.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="820"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="824"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="824"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="831"/>
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n row saved to %1</numerusform>
            <numerusform>%n rows saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="835"/>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="870"/>
        <source>Taking a backup of the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="871"/>
        <source>Writing the customers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../app/ui/models/import_preview.py" line="100"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_preview.py" line="101"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_preview.py" line="103"/>
        <source>VIN / plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_preview.py" line="104"/>
        <source>Reason or changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_preview.py" line="126"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/presentation/labels.py" line="33"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="34"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="40"/>
        <location filename="../../app/presentation/labels.py" line="48"/>
        <location filename="../../app/presentation/labels.py" line="99"/>
        <location filename="../../app/presentation/labels.py" line="443"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="41"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="42"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="49"/>
        <source>Showroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="50"/>
        <location filename="../../app/presentation/labels.py" line="103"/>
        <location filename="../../app/presentation/labels.py" line="427"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="51"/>
        <location filename="../../app/presentation/labels.py" line="426"/>
        <source>Phone enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="52"/>
        <location filename="../../app/presentation/labels.py" line="429"/>
        <source>Auto show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="53"/>
        <location filename="../../app/presentation/labels.py" line="150"/>
        <location filename="../../app/presentation/labels.py" line="430"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="54"/>
        <source>Service walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="55"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="56"/>
        <source>Fleet sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="24"/>
        <location filename="../../app/presentation/labels.py" line="57"/>
        <location filename="../../app/presentation/labels.py" line="155"/>
        <location filename="../../app/presentation/labels.py" line="499"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="63"/>
        <source>Solar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="64"/>
        <source>Lunar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="70"/>
        <source>Sales advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="71"/>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="72"/>
        <source>Service manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="73"/>
        <source>Sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="74"/>
        <source>Owner</source>
        <comment>staff role: the owner of the shop</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="80"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="81"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="82"/>
        <location filename="../../app/presentation/labels.py" line="102"/>
        <location filename="../../app/presentation/labels.py" line="364"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="83"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="84"/>
        <location filename="../../app/presentation/labels.py" line="365"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="85"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="91"/>
        <source>New, bought here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="92"/>
        <source>Used, bought here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="93"/>
        <source>Bought elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="100"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="101"/>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="104"/>
        <source>Signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="110"/>
        <source>Service reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="111"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="112"/>
        <source>Sharing with the maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="113"/>
        <source>Sharing with insurers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="120"/>
        <source>On unless the customer withdrew it: service reminders serve the service contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="122"/>
        <source>Needs the customer&apos;s explicit agreement: without one, not granted (PIPL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="136"/>
        <location filename="../../app/presentation/labels.py" line="367"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="137"/>
        <source>Family birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="138"/>
        <source>Purchase anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="139"/>
        <source>Wedding anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="140"/>
        <location filename="../../app/presentation/labels.py" line="327"/>
        <source>Insurance expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="66"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="67"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="68"/>
        <source>Bodywork and paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="69"/>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="70"/>
        <source>Annual inspection</source>
        <comment>a kind of service visit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="79"/>
        <source>very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="80"/>
        <source>dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="81"/>
        <source>neither satisfied nor dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="82"/>
        <source>satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="83"/>
        <source>very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="141"/>
        <source>Annual inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="71"/>
        <source>Car wash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="72"/>
        <source>Accessories fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="142"/>
        <location filename="../../app/presentation/labels.py" line="329"/>
        <source>Warranty end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="143"/>
        <source>Maintenance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="144"/>
        <source>Dated item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="145"/>
        <source>Holiday greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="146"/>
        <source>Post-service call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="147"/>
        <source>Lead follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="148"/>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="149"/>
        <source>Delivery care call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="151"/>
        <source>Dormant lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="152"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="153"/>
        <source>Win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="154"/>
        <source>Campaign call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="166"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="167"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="168"/>
        <source>Appointment booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="169"/>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="170"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="182"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="183"/>
        <location filename="../../app/presentation/labels.py" line="195"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="184"/>
        <location filename="../../app/presentation/labels.py" line="196"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="185"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="197"/>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="198"/>
        <source>Made a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="210"/>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="211"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="212"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="213"/>
        <location filename="../../app/presentation/labels.py" line="371"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="223"/>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="224"/>
        <source>Spring Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="225"/>
        <source>Lantern Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="226"/>
        <source>Dragon Boat Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="227"/>
        <source>Mid-Autumn Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="228"/>
        <source>National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="251"/>
        <source>lunar %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="253"/>
        <source> (leap month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="260"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="261"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="262"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="263"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="264"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="265"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="266"/>
        <source>Changed owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="267"/>
        <source>Call outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="268"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="269"/>
        <source>Demo book written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="270"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="271"/>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="272"/>
        <source>Customers handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="273"/>
        <source>Consent changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="274"/>
        <source>Full contact details shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="275"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="276"/>
        <source>Person erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="277"/>
        <source>Customers merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="278"/>
        <source>Merge undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="279"/>
        <source>Customers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="290"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="291"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="292"/>
        <source>Service visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="293"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="294"/>
        <source>Timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="295"/>
        <source>Household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="296"/>
        <source>Important date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="297"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="298"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="299"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="300"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="301"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="302"/>
        <source>Book settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="360"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="362"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="363"/>
        <source>Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="366"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="372"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="407"/>
        <source>New</source>
        <comment>lead stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="408"/>
        <source>Contacted</source>
        <comment>lead stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="409"/>
        <source>Showroom visit</source>
        <comment>lead stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="410"/>
        <source>Test drive</source>
        <comment>lead stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="411"/>
        <source>Negotiation</source>
        <comment>lead stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="412"/>
        <source>Ordered</source>
        <comment>lead stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="413"/>
        <source>Delivered</source>
        <comment>lead stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="414"/>
        <source>Lost</source>
        <comment>lead stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="425"/>
        <source>Showroom walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="428"/>
        <source>Car portal</source>
        <comment>car websites such as Autohome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="431"/>
        <source>Existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="432"/>
        <source>Service lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="444"/>
        <source>Cash</source>
        <comment>paying for a car</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="445"/>
        <source>Loan</source>
        <comment>paying for a car</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="446"/>
        <source>Lease</source>
        <comment>paying for a car</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="457"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="458"/>
        <source>Bought a competitor&apos;s brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="459"/>
        <source>Financing refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="460"/>
        <source>No stock or long wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="461"/>
        <source>Chose a used car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="462"/>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="463"/>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="464"/>
        <source>Erased on request</source>
        <comment>lost lead</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="477"/>
        <source>Trade-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="478"/>
        <source>Used car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="479"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="480"/>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="481"/>
        <source>Accessories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="482"/>
        <source>New car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="495"/>
        <source>Service</source>
        <comment>department</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="496"/>
        <source>Front desk</source>
        <comment>department</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="497"/>
        <source>Sales</source>
        <comment>department</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="498"/>
        <source>Finance</source>
        <comment>department</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="512"/>
        <source>At the showroom</source>
        <comment>test drive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="513"/>
        <source>At the customer&apos;s</source>
        <comment>test drive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="514"/>
        <source>Weekend loan</source>
        <comment>test drive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="368"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="369"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="376"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="373"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="375"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="316"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="317"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="318"/>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="319"/>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="320"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="321"/>
        <source>Trim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="322"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="323"/>
        <source>Model year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="324"/>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="325"/>
        <source>Price (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="326"/>
        <source>Mileage (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="328"/>
        <source>Inspection due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="330"/>
        <source>Vehicle notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="339"/>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="345"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="346"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="347"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="348"/>
        <source>Skipped as duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="349"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="361"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="370"/>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="374"/>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="377"/>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="378"/>
        <source>Low-score flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="389"/>
        <source>Same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="390"/>
        <source>Same VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="391"/>
        <source>Same name, phone one digit apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="392"/>
        <source>Same name and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="393"/>
        <source>Names read alike, phone one digit apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LapsedView</name>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="83"/>
        <source>At risk and lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="87"/>
        <source>All advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="92"/>
        <source>Make win-back calls for the selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="95"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="53"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="190"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="55"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="191"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="57"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="193"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="56"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="192"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="63"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="196"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="64"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="109"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="197"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="45"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="85"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="46"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="84"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="59"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="194"/>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="61"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="195"/>
        <source>Spent (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/lapsed_view.py" line="137"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="158"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="104"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="165"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="174"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="175"/>
        <source>Win-back list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="178"/>
        <source>Export win-back list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="179"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="189"/>
        <source>Win-back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBoard</name>
    <message>
        <location filename="../../app/ui/widgets/lead_board.py" line="193"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/lead_board.py" line="200"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/lead_board.py" line="205"/>
        <source>%n day(s) quiet</source>
        <translation>
            <numerusform>%n day quiet</numerusform>
            <numerusform>%n days quiet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/lead_board.py" line="213"/>
        <source>Dormant: no contact for its level&apos;s dormant days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/lead_board.py" line="259"/>
        <source>Open the customer&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/lead_board.py" line="263"/>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/lead_board.py" line="267"/>
        <source>Ask to close as lost…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="189"/>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="189"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="191"/>
        <source>%1&apos;s interest in a car: the first call goes on the advisor&apos;s call sheet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="201"/>
        <source>e.g. 帕萨特, ID.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="209"/>
        <source>The car they would trade in, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="217"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="217"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="218"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="218"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="219"/>
        <source>Trade-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="220"/>
        <source>Intent level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="221"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="221"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="224"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDialogs</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="60"/>
        <source>This lead is closed (delivered or lost): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="62"/>
        <source>An ordered lead cannot be closed as lost: cancel the order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="64"/>
        <source>An ordered lead goes back to an earlier stage only by cancelling its order (Cancel order…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="67"/>
        <source>This lead&apos;s car was delivered: its order can no longer be cancelled, nor the lead moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="70"/>
        <source>This lead has no order to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="72"/>
        <source>Ordered, delivered and lost have their own steps (Order…, Deliver…, Ask to close as lost…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="75"/>
        <source>Nobody asked to close this lead as lost (or it was reviewed already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="78"/>
        <source>Check the driving licence before the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="80"/>
        <source>Another desk changed this lead meanwhile: close this window, and open the lead again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="92"/>
        <source>This lead or customer is no longer in the book (another desk removed it); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="103"/>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadWords</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="31"/>
        <source>Scheduled</source>
        <comment>test drive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="32"/>
        <source>Done</source>
        <comment>test drive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="33"/>
        <source>Cancelled</source>
        <comment>test drive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="39"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="40"/>
        <source>Phone-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="46"/>
        <source>Asked to close as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="47"/>
        <source>Closed as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="48"/>
        <source>Sent back for another try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="57"/>
        <source>Ordered</source>
        <comment>intent level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="58"/>
        <source>Buys within a week</source>
        <comment>intent level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="59"/>
        <source>Buys within 15 days</source>
        <comment>intent level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="60"/>
        <source>Buys within a month</source>
        <comment>intent level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="61"/>
        <source>Buys within 3 months</source>
        <comment>intent level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="65"/>
        <source>Buys within %1 days</source>
        <comment>intent level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="85"/>
        <source>Lead opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="86"/>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="87"/>
        <source>Asked to close the lead as lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="88"/>
        <source>Lead closed as lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="89"/>
        <source>Lost lead sent back for another try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="90"/>
        <source>Ordered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="91"/>
        <source>Order cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="92"/>
        <source>Delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="93"/>
        <source>Passed to sales: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="94"/>
        <source>Test drive: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsPanel</name>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="72"/>
        <location filename="../../app/ui/widgets/card_leads.py" line="93"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="72"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="72"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="72"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="73"/>
        <location filename="../../app/ui/widgets/card_leads.py" line="80"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="73"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="73"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="75"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="79"/>
        <location filename="../../app/ui/widgets/card_leads.py" line="121"/>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="79"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="79"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="79"/>
        <source>Demo car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="80"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="80"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="82"/>
        <source>Test drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="85"/>
        <source>New lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="86"/>
        <source>Log contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="88"/>
        <source>A call or visit with the prospect; the next follow-up follows the intent level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="90"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="101"/>
        <source>Move to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="106"/>
        <source>Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="108"/>
        <source>Deliver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="111"/>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="113"/>
        <source>The customer withdrew, the financing fell through, the car cannot come: the lead is worked again or asked to close as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="116"/>
        <source>Ask to close as lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="124"/>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="126"/>
        <source>Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="128"/>
        <source>Cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="207"/>
        <source>%1 · asked to close as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/card_leads.py" line="212"/>
        <source>%1 (quiet for %n day(s))</source>
        <translation>
            <numerusform>%1 (quiet for %n day)</numerusform>
            <numerusform>%1 (quiet for %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/card_leads.py" line="235"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/card_leads.py" line="236"/>
        <source>%n open</source>
        <comment>leads</comment>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="342"/>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="407"/>
        <source>Cancel the test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="408"/>
        <source>Cancel the test drive of %1? Its call leaves the advisor&apos;s call sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="415"/>
        <source>Not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="64"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="65"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="66"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="67"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="68"/>
        <location filename="../../app/ui/views/leads_view.py" line="98"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="69"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="70"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="71"/>
        <source>Quiet days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="73"/>
        <location filename="../../app/ui/views/leads_view.py" line="109"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="74"/>
        <location filename="../../app/ui/views/leads_view.py" line="115"/>
        <location filename="../../app/ui/views/leads_view.py" line="163"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="99"/>
        <source>Open leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="100"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="105"/>
        <source>Intent level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="110"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="116"/>
        <source>All advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="118"/>
        <source>Dormant only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="122"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="123"/>
        <source>By next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="124"/>
        <source>Quietest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="130"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="133"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="143"/>
        <location filename="../../app/ui/views/leads_view.py" line="406"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="155"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="156"/>
        <source>Pipeline board</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/leads_view.py" line="177"/>
        <source>Dormant: quiet for %n day(s)</source>
        <translation>
            <numerusform>Dormant: quiet for %n day</numerusform>
            <numerusform>Dormant: quiet for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="183"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/leads_view.py" line="228"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="279"/>
        <source>Not moved: a delivered lead stays delivered (its car is on the customer&apos;s card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="283"/>
        <source>Not moved: this lead is closed as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="302"/>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="320"/>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="323"/>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="369"/>
        <source>Open the customer&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="373"/>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="411"/>
        <source>Export leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="412"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/desk_session.py" line="289"/>
        <source>Guanxi is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="293"/>
        <source>Signed in: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="294"/>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="299"/>
        <location filename="../../app/ui/desk_session.py" line="301"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="303"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="306"/>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="304"/>
        <source>Ask to close as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="305"/>
        <source>The sales manager approves it, or sends it back for another try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="314"/>
        <source>Which brand, e.g. 丰田</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="318"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="319"/>
        <source>Competitor&apos;s brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="320"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostReviewDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="138"/>
        <source>Lost leads to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="151"/>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="158"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="151"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="151"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="151"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="152"/>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="158"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="152"/>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="158"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="158"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="159"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="159"/>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="159"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="165"/>
        <source>A note for the advisor (on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="166"/>
        <source>Approve: close as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="169"/>
        <source>Send back for another try</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/sales_lists.py" line="200"/>
        <source>%n new lead(s) not called within %1 opening hours: give them to an advisor, or call them now.</source>
        <translation>
            <numerusform>%n new lead not called within %1 opening hours: give it to an advisor, or call it now.</numerusform>
            <numerusform>%n new leads not called within %1 opening hours: give them to an advisor, or call them now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/sales_lists.py" line="208"/>
        <source>%n lead(s) asked to close as lost</source>
        <translation>
            <numerusform>%n lead asked to close as lost</numerusform>
            <numerusform>%n leads asked to close as lost</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="260"/>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Guanxi — customer relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>Opening the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <location filename="../../app/ui/main_window.py" line="424"/>
        <location filename="../../app/ui/main_window.py" line="426"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Service visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165"/>
        <source>The book was upgraded; a copy of the old one is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="403"/>
        <source>all advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="403"/>
        <source>Today for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="404"/>
        <source>%n reminder(s) fall due,</source>
        <translation>
            <numerusform>%n reminder falls due,</numerusform>
            <numerusform>%n reminders fall due,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="405"/>
        <source>%n customer(s) on the call sheet</source>
        <translation>
            <numerusform>%n customer on the call sheet</numerusform>
            <numerusform>%n customers on the call sheet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="406"/>
        <source>(%n overdue).</source>
        <translation>
            <numerusform>(%n overdue).</numerusform>
            <numerusform>(%n overdue).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="448"/>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451"/>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="454"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="457"/>
        <source>&amp;Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="460"/>
        <source>New &amp;vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="463"/>
        <source>&amp;Archive or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="466"/>
        <source>&amp;Reload card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="469"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="473"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="476"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="479"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="481"/>
        <source>Log a service &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="484"/>
        <source>&amp;Export list to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="487"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="490"/>
        <source>&amp;Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="496"/>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="496"/>
        <source>&amp;Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="496"/>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="497"/>
        <source>Call &amp;sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="497"/>
        <source>Service &amp;visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="497"/>
        <source>&amp;Win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="498"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="498"/>
        <source>&amp;Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="502"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="518"/>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="523"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="528"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="530"/>
        <source>&amp;Staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="531"/>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="536"/>
        <source>Customers due for &amp;review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="544"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="545"/>
        <source>&amp;About Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="566"/>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="682"/>
        <source>Export this person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="685"/>
        <source>Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="723"/>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="725"/>
        <source>&amp;Undo a merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="730"/>
        <source>Undo a merge of this customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="776"/>
        <source>About Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="777"/>
        <source>Guanxi %1 — customer relationships for a dealership.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="77"/>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="87"/>
        <source>Reading the two customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="99"/>
        <source>&amp;Swap: keep the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="101"/>
        <source>Keep the other customer and merge this one into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="119"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="169"/>
        <source>Kept: #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="171"/>
        <source>Merged into it, then archived: #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="174"/>
        <source>Everything recorded for #%2 %3 (vehicles, service visits, follow-ups, the timeline, family and dates, tags, consents) moves to #%1 %4, and #%2 is archived. Where the two differ, choose the value the kept customer has. A merge can be undone later (Tools &gt; Undo a merge…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="183"/>
        <source>What moves: vehicles %1, service visits %2, follow-ups %3, timeline entries %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="212"/>
        <source>The two customers hold the same details; only their records are moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="236"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="236"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="245"/>
        <source>(leap month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="273"/>
        <source>Merged with customer #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="49"/>
        <source>Undo a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="51"/>
        <source>Undo a merge of customer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="53"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="58"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="58"/>
        <source>Kept customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="58"/>
        <source>Merged customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="59"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="59"/>
        <source>Rows moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="59"/>
        <source>Rows removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="59"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="61"/>
        <source>Merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="65"/>
        <source>&amp;Undo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="67"/>
        <source>Give both customers and every row back as they were before the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="102"/>
        <source>Undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="119"/>
        <source>This customer&apos;s merges that can be undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="120"/>
        <source>This customer has no merge to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="122"/>
        <source>%1 merges, newest first. Undoing one gives both customers and every row back; work done since on the kept customer stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="126"/>
        <source>No customers have been merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="132"/>
        <source>(this desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="155"/>
        <source>Undo the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="156"/>
        <source>Undo the merge of #%2 %3 into #%1 %4? Both customers are shown again as they were, and every row moved goes back to #%2. What was done on #%1 since the merge stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="168"/>
        <source>Merge with customer #%1 (%2) undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/bootstrap.py" line="204"/>
        <location filename="../../app/bootstrap.py" line="243"/>
        <location filename="../../app/bootstrap.py" line="363"/>
        <location filename="../../app/bootstrap.py" line="565"/>
        <location filename="../../app/bootstrap.py" line="713"/>
        <source>Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="242"/>
        <source>Open in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="509"/>
        <source>Read-only: this book is damaged, and nothing is written to it. Export or print what you need, then restore a backup (File → Restore from a backup…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="538"/>
        <location filename="../../app/bootstrap.py" line="669"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="539"/>
        <source>This book is on a database server: its backups are kept and restored with the server&apos;s own tools. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="606"/>
        <source>A backup is being written; restore once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="615"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="720"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="721"/>
        <source>Something went wrong. What was saved before is safe. Please copy the details below for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="17"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="18"/>
        <source>Not a valid phone number (e.g. 138 0013 8000 or 010-6552 9988).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="19"/>
        <source>Not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="21"/>
        <source>Must be exactly 17 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="22"/>
        <source>Only digits and capital letters, except I, O and Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="23"/>
        <source>The check digit (9th character) does not match: please check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="24"/>
        <source>Another vehicle in the book already has this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="25"/>
        <source>Not a valid plate (e.g. 京A·12345 or 京A·D12345).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="26"/>
        <source>Not a valid date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="27"/>
        <source>This day does not exist: check the month and the day (that month may have fewer days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="28"/>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="29"/>
        <source>A birthday needs both month and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="30"/>
        <source>This day does not exist in that calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="31"/>
        <source>The birth year is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="32"/>
        <source>The birthday is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="33"/>
        <source>A leap-month birthday needs the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="34"/>
        <source>Guanxi&apos;s lunar calendar covers lunar years 1900 to 2100 only. Nothing was saved: enter a date in those years, or use the solar calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="35"/>
        <source>Give the date the customer agreed to marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="36"/>
        <source>The last change of this consent was recorded on %1: date this one that day or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="37"/>
        <source>Choose another customer as the referrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="38"/>
        <source>The model year is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="39"/>
        <source>This number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="40"/>
        <source>Choose an existing customer as the new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="41"/>
        <source>The vehicle already belongs to this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="42"/>
        <source>This mileage is lower than the vehicle&apos;s last known mileage. Check it, or confirm that the odometer was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="43"/>
        <source>The car cannot leave before it came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="44"/>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="45"/>
        <source>Choose the kind of visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="46"/>
        <source>Choose a staff member who is in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="47"/>
        <source>Choose one of the customer&apos;s vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="48"/>
        <source>This text contains a character that cannot be stored (often left by copying and pasting). Nothing was saved: please retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="49"/>
        <source>Another staff member already signs in with this login: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="50"/>
        <source>A login is one word of at most %1 letters, digits and . _ - @ (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="51"/>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="52"/>
        <source>A password can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="53"/>
        <source>This text is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="54"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="55"/>
        <source>Choose one or more active staff members to take over, other than the one who leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="56"/>
        <source>A customer cannot be merged with themselves: choose two different customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="57"/>
        <source>This merge has been undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="58"/>
        <source>One of these customers has been erased since: the merge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="59"/>
        <source>This field cannot be chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="61"/>
        <source>Excel shows this number as %1 and has lost its last digits: format the column as text in the original sheet, type the numbers again, and import once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="62"/>
        <source>More than two phone numbers: a customer keeps two (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="63"/>
        <source>Not a whole number (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="64"/>
        <source>Not one of the choices this field offers (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="65"/>
        <source>No staff member is called %1: add them on the staff screen first, or leave this column out of the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="66"/>
        <source>Its phone number and its VIN belong to two different customers (%1): merge them first, or correct the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="67"/>
        <source>The book must keep at least one active owner who can sign in: make another staff member an owner (with a login and a password) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="69"/>
        <source>This value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="76"/>
        <source>Too many wrong tries: wait %1 s, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="79"/>
        <source>This account has been deactivated. Ask the owner to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="81"/>
        <source>This book already has an owner&apos;s account: sign in, and add staff on the staff screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="82"/>
        <source>The login or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="93"/>
        <source>Your role may not do this. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="94"/>
        <source>Your role may not do this; only these roles may: %1. Nothing was changed. Ask one of them, or ask the owner to change your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="96"/>
        <source>, </source>
        <comment>between role names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="101"/>
        <source>This book was written by a newer version of Guanxi. It has not been opened or changed. Please update Guanxi to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="104"/>
        <source>This file is not a Guanxi book (or it is damaged). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="106"/>
        <source>This database belongs to another program. Guanxi has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="108"/>
        <source>The book could not be upgraded. It has been left exactly as it was, and a backup copy is next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="111"/>
        <source>The book file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="112"/>
        <source>The book could not be created in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="113"/>
        <source>A demo can only be written into an empty book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="114"/>
        <source>Nothing was erased: say why the person&apos;s data is erased (the reason is kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="116"/>
        <source>No staff member has the login or number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="118"/>
        <source>This book is on a database server, and the program for talking to that server (%1) is not installed on this computer. Nothing was opened or changed. Ask whoever set up the server to install %1 here, or open a book file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="121"/>
        <source>This is not the address of a book Guanxi can open: %1. Nothing was opened or changed. Give a book file, or a server address such as postgresql+psycopg://user@server/book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="123"/>
        <source>The database server holding this book could not be reached, or it refused to let Guanxi in. Nothing was changed. Check the address, the user name and password, and that the server is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="126"/>
        <source>The database server did not accept this user name and password. Nothing was opened or changed. Check the user name and the password (capital letters count), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="129"/>
        <source>The database server was reached, but it has no database of that name. Nothing was opened or changed. Check the database&apos;s name, or ask whoever manages the server to create it (an empty database is enough: Guanxi sets up its book there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="132"/>
        <source>Give the server&apos;s address, the database and the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="135"/>
        <source>The book is busy: another desk or program kept it locked for too long. What was being saved was not saved; everything saved before is safe. Try again in a moment; if this keeps happening, close Guanxi on the other computers and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="138"/>
        <source>The disk holding the book is full. What was being saved was not saved; everything saved before is safe. Free some space on that disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="140"/>
        <source>The book file is damaged. Nothing more was written to it. Stop working in it: keep a copy of the file for support, and go back to the latest backup of the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="142"/>
        <source>The book cannot be written to: the file or its folder is read-only, or this user may not change it. What was being saved was not saved; everything saved before is safe. Check the file&apos;s permissions, or copy the book to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="145"/>
        <source>The disk holding the book reported an error. What was being saved was not saved; everything saved before is safe. Check the disk (or the network folder), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="148"/>
        <source>The backup could not be written. The book and the earlier backups are as they were. Try again; if it fails again, choose another backups folder in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="151"/>
        <source>The disk holding the backups is full, so this backup was not written. The book and the earlier backups are as they were. Free some space on that disk, or choose another backups folder in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="154"/>
        <source>The backups folder cannot be written to: it is read-only, or this user may not change it. The book and the earlier backups are as they were. Choose another backups folder in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="157"/>
        <source>The new backup did not pass its check, so it was not kept; the earlier backups are as they were. The book itself may be damaged, or the disk holding the backups may be failing. Try File → Back up now once more; if it fails again, keep a copy of the book file for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="162"/>
        <source>This book is on a database server, and its backups are written by the server&apos;s own program %1, which is not installed on this computer (or not on the PATH). Nothing was written. Install the PostgreSQL client programs here, or back up on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="165"/>
        <source>The database server&apos;s backup program (pg_dump) could not write a backup of this book; its own words are below. Nothing was kept, and the book is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="168"/>
        <source>This file is empty (0 bytes): it holds no book. Guanxi has not written anything to it. If it should hold your customers, it was emptied outside Guanxi: restore the latest backup (File → Restore from a backup…), or choose another book file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="171"/>
        <source>Guanxi may not read this book file (its permissions do not allow this user). Nothing was opened or changed. Ask whoever manages this computer for read and write access to the file, or copy the book to a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="174"/>
        <source>This book is in a folder Guanxi cannot write to (or the file itself is read-only), and a book must be written to as it is used. Nothing was opened or changed. Copy the book to a folder you can write to and open the copy, or ask for write access to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="178"/>
        <source>The book is open read-only, to save what can be read: nothing is written to it. What you were saving was not saved. Export what you need, then restore a backup (File → Restore from a backup…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="181"/>
        <source>This book is already open in another copy of Guanxi. Nothing was opened or changed here, and the other copy goes on working. Switch to that window (or close it and start again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="185"/>
        <source>This backup file is no longer there (it was moved or deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="187"/>
        <source>This backup is damaged: it did not pass its check, so it was not used. Choose an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="189"/>
        <source>This file is not a backup of a Guanxi book, so it was not used. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="191"/>
        <source>No good backup of this book was found (each one was missing, damaged or written by a newer Guanxi). The book was not changed. Open it read-only to save what can be read, and keep a copy of the book file for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="195"/>
        <source>There is no Guanxi book to copy at %1: the database holds none yet. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="197"/>
        <source>This book is from an earlier Guanxi (schema %1), and a copy is only made of a book that is up to date. Nothing was copied or changed. Open the book once with this Guanxi (it is upgraded, after a backup), then copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="200"/>
        <source>There is something at the place to copy to already (%1): a book is only copied to a file that does not exist yet, or to an empty database. Nothing was copied, and what is there was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="203"/>
        <source>The copy was stopped: the place copied to refused a record, or it could not be written. Nothing was left there, and the book copied from is unchanged. What went wrong (table: reason):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="206"/>
        <source>The copy did not hold exactly what the book holds (table %1), so it was not kept: nothing was left at the place copied to, and the book copied from is unchanged. Try again; if it happens again, keep the book for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="211"/>
        <source>The book could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="232"/>
        <source>The disk holding the book is full, so the backup could not be copied beside it. Free some space on that disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="234"/>
        <source>The backup could not be copied beside the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="235"/>
        <source>The book&apos;s folder cannot be written to, so the backup could not be copied beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="237"/>
        <source>This backup was written by a newer version of Guanxi. Update Guanxi, or choose an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="241"/>
        <source>The backup was not restored. The book is exactly as it was, and it is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="243"/>
        <source>The backup was not restored. The book is exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="250"/>
        <source>The book was restored from the backup of %1. What was written after that backup is not in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="253"/>
        <source>The book as it was before is kept (renamed, not deleted) at:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="263"/>
        <source>The audit log was tampered with: entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="267"/>
        <source>The audit log was tampered with: entry %1 does not follow entry %2 (entries between them were removed, or one of them was put in by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="271"/>
        <source>The audit log was tampered with: entry %1 should be the first, but entries before it were removed, or it was put in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="276"/>
        <source>The audit log was tampered with: its newest entries, after entry %1, were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="278"/>
        <source>The audit log was tampered with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="290"/>
        <source>Connected: PostgreSQL %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="292"/>
        <source>The database is empty: Guanxi will set up a new book in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="293"/>
        <source>The database holds a Guanxi book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="294"/>
        <source>The database holds a book of a newer Guanxi: update Guanxi on this computer before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="296"/>
        <source>The database holds another program&apos;s tables (%1): Guanxi will not use it. Choose an empty database, or one holding a Guanxi book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="305"/>
        <source>The file %1 is not there any more: choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="306"/>
        <source>The file could not be opened (%1). Close it in the other program, or copy it somewhere you can read, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="307"/>
        <source>This file is not an Excel workbook (.xlsx) or a text file (.csv, .txt) that Guanxi can read. An older .xls workbook: open it in Excel or WPS and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="308"/>
        <source>This workbook is protected by a password, or is an older .xls workbook renamed: open it in Excel or WPS, remove the password, save it as .xlsx, and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="309"/>
        <source>The workbook has no sheet named %1: choose one of its sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="310"/>
        <source>The text of this file could not be read in any known encoding: choose the encoding by hand, or save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="312"/>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="319"/>
        <source>Empty row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="320"/>
        <source>Total row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="333"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="338"/>
        <source>Same customer as row %1 of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="340"/>
        <source>Customer #%1 is in the book already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="343"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="344"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="348"/>
        <source>vehicle added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="350"/>
        <source>tags added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="352"/>
        <source>Customer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="32"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33"/>
        <source>This card has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="282"/>
        <source>Another desk saved this customer after you opened the card, so your changes were not saved. They are still on the card: note them, then reload (F5) to see the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../app/ui/ops.py" line="129"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ops.py" line="234"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ops.py" line="236"/>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ops.py" line="341"/>
        <source>This could not be done. What was saved before is safe. Try again; if it fails again, copy the details below for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/ops.py" line="351"/>
        <source>Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="352"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="361"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="362"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="363"/>
        <source>Expected delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerFirstDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="180"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="185"/>
        <source>Create the owner&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="189"/>
        <source>This book has no accounts yet. The owner signs in with this account and adds the staff and their accounts afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="194"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="204"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="197"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="205"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="199"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="206"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="201"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="207"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="209"/>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="213"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="233"/>
        <source>Type the owner&apos;s name and a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="237"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="355"/>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="361"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="362"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="368"/>
        <source>%1 signs in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="377"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDataActions</name>
    <message>
        <location filename="../../app/ui/widgets/card_privacy.py" line="20"/>
        <source>Export this person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_privacy.py" line="23"/>
        <source>Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_privacy.py" line="32"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_privacy.py" line="33"/>
        <source>This person&apos;s data: export it, or erase it on request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <location filename="../../app/render/language.py" line="88"/>
        <source>ext.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="79"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="286"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="288"/>
        <source>A new language takes effect the next time Guanxi starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="233"/>
        <source>Everyone (no advisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="79"/>
        <location filename="../../app/desk/settings.py" line="80"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="285"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="292"/>
        <source>This desk&apos;s advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="82"/>
        <source>Reminders on the call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="204"/>
        <source>Show this many days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="205"/>
        <source>Drop off this many days after the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="262"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="225"/>
        <source>A reminder nobody dealt with leaves the call sheet this many days after its date. Follow-ups keep their own rules (see the Follow-ups tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="83"/>
        <location filename="../../app/desk/settings.py" line="84"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="313"/>
        <source>Keep calling after no answer for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="316"/>
        <source>Show to the manager when overdue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="85"/>
        <location filename="../../app/desk/settings.py" line="86"/>
        <source>Service lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="263"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="320"/>
        <source>After-service call after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="323"/>
        <source>At risk after no visit for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="326"/>
        <source>Lost after no visit for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="304"/>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="304"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="304"/>
        <source>Kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="329"/>
        <source>Maintenance interval per make (whichever comes first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="87"/>
        <location filename="../../app/desk/settings.py" line="88"/>
        <source>Customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="335"/>
        <location filename="../../app/desk/settings.py" line="400"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="340"/>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="334"/>
        <source>Count sales and service of the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="89"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="90"/>
        <source>Leads and the sales floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="93"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="94"/>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="295"/>
        <source>Lock the window after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="297"/>
        <source> minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="298"/>
        <source>0: never. Unlocking asks for the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="304"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="306"/>
        <source>A change of book takes effect the next time Guanxi starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="338"/>
        <source>High value from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="342"/>
        <source>High loyalty from a score of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="344"/>
        <source>Loyalty score = visits a year + kinds of service used + 2 × referrals. Top tier: high value and high loyalty; middle: one of the two; small: neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="349"/>
        <source>Premium makes or models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="350"/>
        <source>Separate them with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="354"/>
        <source>Intent levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="358"/>
        <source>Calls after a delivery, days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="361"/>
        <source>Separate the days with commas, e.g. 1, 3, 7, 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="365"/>
        <source>Call a new lead within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="367"/>
        <source> opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="369"/>
        <source>A new lead nobody has called by then is shown to the sales manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="373"/>
        <location filename="../../app/desk/settings.py" line="376"/>
        <source>Showroom opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="379"/>
        <source>Monthly target per advisor (won leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="399"/>
        <source>Review customers inactive for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="402"/>
        <source>Customers with no visit, no contact and no change for this long are listed in Tools &gt; Customers due for review, to be erased or kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="81"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="91"/>
        <location filename="../../app/desk/settings.py" line="92"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="477"/>
        <source>%1 (inactive)</source>
        <comment>an advisor who no longer works here</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="472"/>
        <source>A “backups” folder beside the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="254"/>
        <source>Shared book on a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="257"/>
        <source>Use the book on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="283"/>
        <source>The book on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="284"/>
        <source>Shared book on a server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="338"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="338"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="338"/>
        <source>Buys within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="339"/>
        <source>Follow up every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="339"/>
        <source>Dormant after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="347"/>
        <source>Add a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="350"/>
        <source>Remove the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="362"/>
        <source>A contact sets the lead&apos;s next follow-up from its level; an empty name shows the standard words (O ordered, H within a week, A within 15 days, B within a month, C within 3 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="428"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="428"/>
        <source>Won leads a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="460"/>
        <source>Keep at least one intent level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="462"/>
        <source>Two intent levels have the same code: give each its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="464"/>
        <source>The showroom must close after it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="474"/>
        <source>Leave empty for a “backups” folder beside the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="494"/>
        <source>Preferences not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="179"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="387"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="390"/>
        <source>Back up the book when Guanxi closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="383"/>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="386"/>
        <source>While the book is open, back up every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="392"/>
        <source>Each backup is checked before older ones are removed. Kept: one a day for the last 7 days, one a week for 4 weeks and one a month for 12 months. Keep the backups on another disk or a USB drive to be safe from a broken disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/presentation/printing.py" line="75"/>
        <source>reached</source>
        <comment>call outcome tick box, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="76"/>
        <source>no answer</source>
        <comment>call outcome tick box, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="77"/>
        <source>appointment</source>
        <comment>call outcome tick box, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="78"/>
        <source>not interested</source>
        <comment>call outcome tick box, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="79"/>
        <source>wrong number</source>
        <comment>call outcome tick box, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="139"/>
        <source>Advisor: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="141"/>
        <source>No advisor (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="149"/>
        <source>%1 (%2)</source>
        <comment>a reason to call (its detail)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="154"/>
        <source>overdue</source>
        <comment>mark next to a customer on paper</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="193"/>
        <source>Call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="194"/>
        <source>all advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="195"/>
        <source>Customers to call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="198"/>
        <source>Nobody to call on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="201"/>
        <location filename="../../app/presentation/printing.py" line="258"/>
        <source>Names in bold are key accounts. “!” marks a call that is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="205"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="206"/>
        <location filename="../../app/presentation/printing.py" line="262"/>
        <location filename="../../app/presentation/printing.py" line="329"/>
        <location filename="../../app/presentation/lead_printing.py" line="36"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="263"/>
        <location filename="../../app/presentation/printing.py" line="330"/>
        <location filename="../../app/presentation/lead_printing.py" line="37"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="318"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="319"/>
        <source>Leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="324"/>
        <source>No leads match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="326"/>
        <source>“!” marks a dormant lead: no contact for its level&apos;s dormant days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="331"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="332"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="333"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="334"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="335"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="336"/>
        <source>Quiet days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="347"/>
        <source>dormant</source>
        <comment>mark next to a lead on paper</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="207"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="267"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="268"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="209"/>
        <location filename="../../app/presentation/printing.py" line="269"/>
        <location filename="../../app/presentation/printing.py" line="337"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="211"/>
        <source>number may be wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="252"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="253"/>
        <source>Follow-ups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="256"/>
        <source>No follow-ups are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="264"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="265"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="266"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="288"/>
        <source>date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="294"/>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="297"/>
        <source>attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/render/pdf.py" line="329"/>
        <source>Could not start printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/render/pdf.py" line="345"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="28"/>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="30"/>
        <source>Test drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="31"/>
        <source>Test drives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="34"/>
        <source>No test drives on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="36"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="37"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="38"/>
        <source>Demo car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="38"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="39"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="39"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="40"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/render/language.py" line="28"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/render/language.py" line="29"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="557"/>
        <source>Pass to sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="558"/>
        <source>%1 goes to the sales advisor chosen, with your note: the call is on their call sheet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="570"/>
        <source>The customer&apos;s advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="573"/>
        <source>A model, if one was named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="574"/>
        <source>What the customer said, for the sales advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="576"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="576"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="577"/>
        <source>To advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="578"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="578"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="155"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="160"/>
        <source>All advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="64"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="67"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="69"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="71"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="72"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="75"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="77"/>
        <location filename="../../app/ui/views/reminders_view.py" line="213"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="78"/>
        <source>Call from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="184"/>
        <location filename="../../app/ui/views/reminders_view.py" line="318"/>
        <location filename="../../app/ui/views/reminders_view.py" line="498"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="187"/>
        <source>Double-click or press Enter on a group&apos;s heading to fold or unfold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="190"/>
        <source>Reading the reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="197"/>
        <source>Make follow-up (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="200"/>
        <source>Done (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="202"/>
        <source>Snooze… (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="204"/>
        <source>Dismiss (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="211"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="141"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="142"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="143"/>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="144"/>
        <source>Next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="280"/>
        <location filename="../../app/ui/views/reminders_view.py" line="361"/>
        <source>Counting reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="316"/>
        <source>The reminders could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/reminders_view.py" line="360"/>
        <location filename="../../app/ui/views/reminders_view.py" line="474"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/reminders_view.py" line="363"/>
        <source>%n left out: no consent</source>
        <translation>
            <numerusform>%n left out: no consent</numerusform>
            <numerusform>%n left out: no consent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="366"/>
        <source>Birthday, anniversary and holiday reminders are marketing: they are listed only for customers who agreed to marketing. Service reminders are left out for customers who withdrew them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="373"/>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="436"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="436"/>
        <source>Show again on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="524"/>
        <source>Export reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="525"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="55"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="56"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="57"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="58"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="59"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="60"/>
        <source>Before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="61"/>
        <source>The book set aside by a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="102"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="113"/>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="251"/>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="313"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="123"/>
        <source>Choose the backup to put in the book&apos;s place. The book as it is now is kept aside (renamed, never deleted) next to it, and the window opens again on the restored book. What was written after the backup is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="130"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="132"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="132"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="132"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="132"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="148"/>
        <source>No backups of this book were found, neither in its backups folder nor beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="156"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="159"/>
        <source>Restore from a backup file kept elsewhere: a USB drive, another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="163"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="212"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="215"/>
        <source>This backup cannot be read: it is damaged, or it is not a Guanxi book. A restore from it would be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="236"/>
        <source>Put the backup file %1 in the book&apos;s place?

The book as it is now is closed and kept aside, renamed, next to it: nothing is deleted. What was written after this backup will not be in the restored book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="241"/>
        <source>Put the backup of %1 (%2) in the book&apos;s place?

The book as it is now is closed and kept aside, renamed, next to it: nothing is deleted. What was written after this backup will not be in the restored book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="247"/>
        <source>Warning: this backup could not be read. It may be damaged, or not a Guanxi book: the restore will most likely be refused, and the book left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="257"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="277"/>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="278"/>
        <source>Guanxi backups (*.bak *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="278"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="288"/>
        <source>This file is the book itself (or one of its working files), not a backup of it. Nothing was changed.

Choose a backup of the book: its name usually ends in .bak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="295"/>
        <source>This file cannot be found or read any more. Nothing was changed.

Check that the drive holding it is still connected, then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="76"/>
        <source>Customers due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="80"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="93"/>
        <source>Open card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="95"/>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="120"/>
        <source>%1 customers have had no visit, no contact and no change for %2 years or more (Preferences &gt; Privacy). Erase those whose data need not be kept any more; opening a card and saving it keeps the customer for another %2 years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesMenu</name>
    <message>
        <location filename="../../app/ui/sales_menu.py" line="21"/>
        <source>&amp;Showroom log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_menu.py" line="22"/>
        <source>&amp;Test drives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_menu.py" line="24"/>
        <source>&amp;Pass this customer to sales…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_menu.py" line="26"/>
        <source>&amp;Lost leads to review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_menu.py" line="28"/>
        <source>Sa&amp;les</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sales_menu.py" line="123"/>
        <source>%n new lead(s) not called in time: Sales &gt; Lost leads to review…</source>
        <translation>
            <numerusform>%n new lead not called in time: Sales &gt; Lost leads to review…</numerusform>
            <numerusform>%n new leads not called in time: Sales &gt; Lost leads to review…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../app/ui/widgets/save_dialog.py" line="79"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/save_dialog.py" line="81"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="30"/>
        <location filename="../../app/ui/widgets/segment_bar.py" line="104"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="32"/>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="32"/>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="33"/>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="33"/>
        <source>Top and middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="37"/>
        <source>Group (2+ vehicles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="37"/>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="40"/>
        <source>Repeat buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="40"/>
        <source>New buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="43"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="43"/>
        <source>Mass market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="46"/>
        <source>Key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="46"/>
        <source>Not key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="49"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="49"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="50"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="50"/>
        <source>Never visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="53"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="69"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="69"/>
        <source>RFM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="70"/>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="70"/>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="71"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="71"/>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="72"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="72"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="97"/>
        <source>Score at least (1 = anyone, 5 = the best fifth)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerBookDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="35"/>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="50"/>
        <source>Shared book on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="56"/>
        <source>Several desks can share one book kept on a PostgreSQL database server. Give its address, or paste it (postgresql://user@server:port/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="59"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="80"/>
        <source>Paste an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="65"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="81"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="66"/>
        <source>name or IP address, e.g. 192.168.1.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="69"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="82"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="73"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="83"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="75"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="84"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="76"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="85"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="93"/>
        <source>This computer has no keyring to keep the password in: Guanxi asks for it each time it starts. The password is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="98"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="108"/>
        <source>Use this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="168"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="203"/>
        <source>Password for the shared book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="206"/>
        <source>The book is on a database server (%1). Enter the password to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="215"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="219"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="223"/>
        <source>Cancel opens the book on this computer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="227"/>
        <source>Open the book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowroomLogDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="60"/>
        <source>Showroom log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="77"/>
        <source>Needed for someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="82"/>
        <source>Left at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="97"/>
        <source>Models they asked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="101"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="115"/>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="133"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="116"/>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="133"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="117"/>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="133"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="118"/>
        <source>Came in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="119"/>
        <source>Party size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="120"/>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="134"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="121"/>
        <source>Advisor on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="123"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="133"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="133"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="134"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="134"/>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="134"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="162"/>
        <source>On file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="166"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="203"/>
        <source>%1: a new customer, and a new lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="205"/>
        <source>%1: found in the book; a new lead opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="207"/>
        <source>%1: found in the book; their open lead updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="209"/>
        <source>A return visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="232"/>
        <source>Today: %n entry(s)</source>
        <translation>
            <numerusform>Today: %n entry</numerusform>
            <numerusform>Today: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="238"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="74"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="98"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="81"/>
        <source>Who is at the desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="86"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="95"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="92"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="96"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="102"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="126"/>
        <source>Type your login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="52"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="61"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="66"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="66"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="66"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="67"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="67"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="71"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="72"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="73"/>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="162"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="75"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="77"/>
        <source>&amp;Hand over customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="86"/>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="90"/>
        <source>Sees full phone numbers, ID numbers and addresses (others see them masked, except on their own customers). Takes effect at each person&apos;s next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="128"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="128"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="163"/>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="203"/>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="204"/>
        <source>%1 still has %2 customers and %3 open follow-ups. Hand them over to others before deactivating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="246"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="251"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffEditDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="270"/>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="271"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="286"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="286"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="287"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="287"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="288"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="298"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="299"/>
        <source>Leave the password empty for a staff member who does not sign in (a password needs a login).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestDriveDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="484"/>
        <source>Schedule a test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="485"/>
        <source>It goes on the advisor&apos;s call sheet that day and on the day&apos;s test-drive list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="501"/>
        <source>The demo car&apos;s plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="504"/>
        <source>The lead&apos;s advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="505"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="505"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="506"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="506"/>
        <source>Demo car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="507"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestDrivesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="54"/>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="121"/>
        <source>Test drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="65"/>
        <source>Every advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="66"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="71"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="73"/>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="80"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="79"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="79"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="79"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="79"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="80"/>
        <source>Demo car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="80"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="80"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="81"/>
        <source>Licence seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="81"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/sales_lists.py" line="105"/>
        <source>%n test drive(s)</source>
        <translation>
            <numerusform>%n test drive</numerusform>
            <numerusform>%n test drives</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="109"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueLine</name>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="48"/>
        <source>Top tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="49"/>
        <source>Middle tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="50"/>
        <source>Small tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="58"/>
        <source>high value and high loyalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="60"/>
        <source>high value, but low loyalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="62"/>
        <source>loyal, but low value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="64"/>
        <source>low value and low loyalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/value_line.py" line="67"/>
        <source>Value %1 in the last %n year(s) (sales here and service); high from %2.</source>
        <translation>
            <numerusform>Value %1 in the last year (sales here and service); high from %2.</numerusform>
            <numerusform>Value %1 in the last %n years (sales here and service); high from %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="72"/>
        <source>Loyalty %1 = %2 visits a year + %3 kinds of service or purchase + 2 × %4 referral(s); high from %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="80"/>
        <source>never visited or bought here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/value_line.py" line="82"/>
        <source>last visit or purchase %n day(s) ago</source>
        <translation>
            <numerusform>last visit or purchase %n day ago</numerusform>
            <numerusform>last visit or purchase %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="84"/>
        <source>RFM %1-%2-%3 (5 = the best fifth of customers): %4, %5 visit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="89"/>
        <source>group customer (2+ vehicles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="91"/>
        <source>repeat buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="93"/>
        <source>drives a premium make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="95"/>
        <source>Also: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="95"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="111"/>
        <source>Working out the customer&apos;s value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="119"/>
        <source>The customer&apos;s value could not be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="126"/>
        <source>No value yet: the customer is new or archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="55"/>
        <source>Edit vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="55"/>
        <source>New vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="72"/>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="73"/>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="82"/>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="83"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="84"/>
        <source>Series / trim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="85"/>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="86"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="87"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="88"/>
        <source>Model year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="89"/>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="90"/>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="91"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="92"/>
        <source>Mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="93"/>
        <source>Insurance expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="94"/>
        <source>Annual inspection due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="95"/>
        <source>Warranty ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="96"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="128"/>
        <source>{name}: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="131"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="135"/>
        <source>Owners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="219"/>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="223"/>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="225"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="220"/>
        <source>Another desk changed this vehicle meanwhile. Close and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="208"/>
        <source>New service visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="220"/>
        <source>Plate or part of it, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="234"/>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="239"/>
        <source>A lower mileage is questioned before it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="242"/>
        <source>Work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="242"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="258"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="259"/>
        <source>Date in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="260"/>
        <source>Date out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="261"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="262"/>
        <source>Mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="263"/>
        <source>Work items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="264"/>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="253"/>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="265"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="91"/>
        <source>no earlier reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="94"/>
        <source>last: %1 km (vehicle card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="96"/>
        <source>last: %1 km on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="207"/>
        <source>Edit service visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="266"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="301"/>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="383"/>
        <source>No vehicle with this plate in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="391"/>
        <source>%n vehicle(s) match: choose with the arrows and Enter.</source>
        <translation>
            <numerusform>%n vehicle matches: choose with the arrows and Enter.</numerusform>
            <numerusform>%n vehicles match: choose with the arrows and Enter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="456"/>
        <source>Total: ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="540"/>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="544"/>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="549"/>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="551"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="541"/>
        <source>This visit was deleted at another desk, so your changes were not saved. Close this window; log the visit again if it did take place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="545"/>
        <source>Another desk changed this visit after you opened it, so your changes were not saved. They are still in this window: note them, close it and open the visit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="557"/>
        <source>Lower mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="558"/>
        <source>This mileage is lower than the last known %1 km. Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="601"/>
        <source>%1 visit of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="606"/>
        <source>, %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="607"/>
        <source>, ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="610"/>
        <source>Delete service visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="611"/>
        <source>Delete the %1?

The vehicle&apos;s mileage and next service are worked out again from the visits left, a post-service call not yet made is cancelled, and the deletion is noted on the customer&apos;s timeline. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="620"/>
        <source>Service visit deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="621"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="625"/>
        <source>This visit had already been deleted at another desk. The list now shows the visits as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="629"/>
        <source>Another desk changed this visit after the list was shown, so it was kept. Look at it again, then delete it if it is still wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="50"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="50"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="50"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="50"/>
        <source>Mileage (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="51"/>
        <source>Total (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="51"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="51"/>
        <source>Work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="54"/>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="57"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="59"/>
        <source>Correct the selected visit (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="61"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="63"/>
        <source>Delete the selected visit (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/visits_panel.py" line="141"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="98"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="103"/>
        <source>All service advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="107"/>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="109"/>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="111"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="113"/>
        <source>Correct the selected visit (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="115"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="117"/>
        <source>Delete the selected visit (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="119"/>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="131"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="133"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="68"/>
        <location filename="../../app/ui/views/visits_view.py" line="136"/>
        <location filename="../../app/ui/views/visits_view.py" line="249"/>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="56"/>
        <location filename="../../app/ui/views/visits_view.py" line="241"/>
        <source>Date in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="57"/>
        <location filename="../../app/ui/views/visits_view.py" line="242"/>
        <source>Date out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="59"/>
        <location filename="../../app/ui/views/visits_view.py" line="243"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="60"/>
        <location filename="../../app/ui/views/visits_view.py" line="244"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="62"/>
        <location filename="../../app/ui/views/visits_view.py" line="246"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="63"/>
        <location filename="../../app/ui/views/visits_view.py" line="247"/>
        <source>Mileage (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="66"/>
        <location filename="../../app/ui/views/visits_view.py" line="248"/>
        <source>Total (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="61"/>
        <location filename="../../app/ui/views/visits_view.py" line="245"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="70"/>
        <location filename="../../app/ui/views/visits_view.py" line="250"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="73"/>
        <location filename="../../app/ui/views/visits_view.py" line="252"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/visits_view.py" line="171"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="251"/>
        <source>Work items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="126"/>
        <location filename="../../app/ui/views/visits_view.py" line="261"/>
        <source>Service visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="276"/>
        <source>Export service visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="277"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
