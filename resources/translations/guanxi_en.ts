<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli.py" line="17"/>
        <source>Guanxi: customer relationships for a dealership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="19"/>
        <source>the book: a SQLite file path or a database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="20"/>
        <source>interface language: zh_CN or en (default: preferences, then the system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="22"/>
        <source>open the window (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="23"/>
        <source>write a demo book with generated customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="24"/>
        <source>the new book&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="25"/>
        <source>how many customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="26"/>
        <source>the same seed gives the same book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="27"/>
        <source>check a book&apos;s integrity and schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="28"/>
        <source>the book to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="70"/>
        <source>--customers must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="79"/>
        <source>%1 of %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="88"/>
        <source>Demo book written: %1 (%2 customers, %3 vehicles, %4 contacts) in %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="102"/>
        <source>Schema: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="107"/>
        <source>OK: the book is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="110"/>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="152"/>
        <source>Welcome to Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="153"/>
        <source>This is the first start. Start with an empty book, or with a demo book of 500 made-up customers to look around?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="156"/>
        <source>Demo book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="157"/>
        <source>Empty book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="80"/>
        <source>Customer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="114"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="116"/>
        <source>Save the card (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="118"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="636"/>
        <source>Cancel changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="119"/>
        <source>Undo the changes since the last save (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="121"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="560"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="134"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="135"/>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="136"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="143"/>
        <source>Log a contact: what was said (Enter to log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="145"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="182"/>
        <source>Leap month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="190"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="191"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="210"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="212"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="223"/>
        <source>Comma separated, e.g. VIP, Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="225"/>
        <source>Agrees to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="233"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="234"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="235"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="236"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="237"/>
        <source>Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="238"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="239"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="240"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="241"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="242"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="243"/>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="244"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="245"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="246"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="248"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="249"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="250"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="251"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="252"/>
        <source>Consent channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="253"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="290"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="294"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="299"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="303"/>
        <source>Consent and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="335"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="374"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="336"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="337"/>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="189"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="338"/>
        <source>Model year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="339"/>
        <source>Mileage (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="340"/>
        <source>Insurance expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="341"/>
        <source>Inspection due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="342"/>
        <source>Warranty ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="350"/>
        <source>New vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="353"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="355"/>
        <source>Change owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="357"/>
        <source>Archive / restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="374"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="374"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="374"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="374"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="209"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="406"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="417"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="539"/>
        <source>No customer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="500"/>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/customer_card.py" line="513"/>
        <source>Vehicles (%n)</source>
        <translation>
            <numerusform>Vehicles (%n)</numerusform>
            <numerusform>Vehicles (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/customer_card.py" line="532"/>
        <source>Timeline (%n)</source>
        <translation>
            <numerusform>Timeline (%n)</numerusform>
            <numerusform>Timeline (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="537"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="544"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="224"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="546"/>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="548"/>
        <source>No marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="560"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="637"/>
        <source>Throw away the changes made on this card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="247"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="676"/>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="704"/>
        <source>Not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="750"/>
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
        <location filename="../../app/ui/models/customer_table.py" line="121"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="122"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="123"/>
        <source>Plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="124"/>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="125"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="126"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="158"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="160"/>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="40"/>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="43"/>
        <source>Name, pinyin, phone, plate or VIN (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="45"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="53"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="72"/>
        <source>Opening the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="128"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/widgets/fields.py" line="95"/>
        <source>%1: %2</source>
        <comment>a field&apos;s name, then what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="21"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="22"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="28"/>
        <location filename="../../app/ui/labels.py" line="36"/>
        <location filename="../../app/ui/labels.py" line="86"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="29"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37"/>
        <source>Showroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38"/>
        <location filename="../../app/ui/labels.py" line="90"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39"/>
        <source>Phone enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40"/>
        <source>Auto show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>Service walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="44"/>
        <source>Fleet sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="45"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="51"/>
        <source>Solar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="52"/>
        <source>Lunar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58"/>
        <source>Sales advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59"/>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60"/>
        <source>Service manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="61"/>
        <source>Owner</source>
        <comment>staff role: the owner of the shop</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69"/>
        <location filename="../../app/ui/labels.py" line="89"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="70"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="71"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="72"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78"/>
        <source>New, bought here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79"/>
        <source>Used, bought here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80"/>
        <source>Bought elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="87"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="88"/>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91"/>
        <source>Signed form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="25"/>
        <source>Guanxi — customer relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="29"/>
        <source>Opening the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>Book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="46"/>
        <source>The book was upgraded; a copy of the old one is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="64"/>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="70"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>&amp;Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>New &amp;vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="79"/>
        <source>&amp;Archive or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>&amp;Reload card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>&amp;About Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>About Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Guanxi %1 — customer relationships for a dealership.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/bootstrap.py" line="105"/>
        <source>Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="144"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="145"/>
        <source>Something went wrong. What was saved before is safe. Please copy the details below for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="14"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="15"/>
        <source>Not a valid phone number (e.g. 138 0013 8000 or 010-6552 9988).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="16"/>
        <source>Not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17"/>
        <source>A VIN has exactly 17 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18"/>
        <source>A VIN uses digits and capital letters except I, O and Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="19"/>
        <source>The VIN&apos;s check digit (9th character) does not match: please check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20"/>
        <source>Another vehicle in the book already has this VIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="21"/>
        <source>Not a valid plate (e.g. 京A·12345 or 京A·D12345).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="22"/>
        <source>Not a valid date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23"/>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24"/>
        <source>A birthday needs both month and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25"/>
        <source>This day does not exist in that calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="26"/>
        <source>The birth year is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27"/>
        <source>The birthday is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="28"/>
        <source>A leap-month birthday needs the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29"/>
        <source>Give the date the customer agreed to marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30"/>
        <source>Choose another customer as the referrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31"/>
        <source>The model year is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="32"/>
        <source>This number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33"/>
        <source>Choose an existing customer as the new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34"/>
        <source>The vehicle already belongs to this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35"/>
        <source>Choose a staff member who is in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="36"/>
        <source>Choose one of the customer&apos;s vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38"/>
        <source>This value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43"/>
        <source>This book was written by a newer version of Guanxi. It has not been opened or changed. Please update Guanxi to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46"/>
        <source>This file is not a Guanxi book (or it is damaged). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48"/>
        <source>This database belongs to another program. Guanxi has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50"/>
        <source>The book could not be upgraded. It has been left exactly as it was, and a backup copy is next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53"/>
        <source>The book file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="54"/>
        <source>The book could not be created in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55"/>
        <source>A demo can only be written into an empty book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57"/>
        <source>The book could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="72"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="73"/>
        <source>This card has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82"/>
        <source>Another desk saved this customer after you opened the card, so your changes were not saved. They are still on the card: note them, then reload (F5) to see the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="15"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="21"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="24"/>
        <source>A new language takes effect the next time Guanxi starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="32"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="61"/>
        <source>Edit vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="61"/>
        <source>New vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="78"/>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="79"/>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="88"/>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="89"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="90"/>
        <source>Series / trim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="91"/>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="92"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="93"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="94"/>
        <source>Model year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="95"/>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="96"/>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="97"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="98"/>
        <source>Mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="99"/>
        <source>Insurance expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="100"/>
        <source>Annual inspection due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="101"/>
        <source>Warranty ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="102"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="134"/>
        <source>{name}: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="137"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="141"/>
        <source>Owners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="204"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="205"/>
        <source>Another desk changed this vehicle meanwhile. Close and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
