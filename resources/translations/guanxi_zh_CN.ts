<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli.py" line="17"/>
        <source>Guanxi: customer relationships for a dealership.</source>
        <translation>Guanxi：4S 店客户关系管理。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="19"/>
        <source>the book: a SQLite file path or a database URL</source>
        <translation>客户库：SQLite 文件路径或数据库 URL</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="20"/>
        <source>interface language: zh_CN or en (default: preferences, then the system)</source>
        <translation>界面语言：zh_CN 或 en（默认：先看偏好设置，再看系统语言）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="22"/>
        <source>open the window (the default)</source>
        <translation>打开程序窗口（默认）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="23"/>
        <source>write a demo book with generated customers</source>
        <translation>生成一个含模拟客户的演示客户库</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="24"/>
        <source>the new book&apos;s file</source>
        <translation>新客户库的文件</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="25"/>
        <source>how many customers</source>
        <translation>客户数量</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="26"/>
        <source>the same seed gives the same book</source>
        <translation>相同的随机种子生成相同的客户库</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="27"/>
        <source>check a book&apos;s integrity and schema version</source>
        <translation>检查客户库的完整性和数据结构版本</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="28"/>
        <source>the book to check</source>
        <translation>要检查的客户库</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="70"/>
        <source>--customers must be at least 1</source>
        <translation>--customers 至少为 1</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="79"/>
        <source>%1 of %2 customers</source>
        <translation>已生成 %1 / %2 位客户</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="88"/>
        <source>Demo book written: %1 (%2 customers, %3 vehicles, %4 contacts) in %5 s</source>
        <translation>演示客户库已生成：%1（%2 位客户，%3 辆车，%4 条联系记录），用时 %5 秒</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="102"/>
        <source>Schema: %1 (this program: %2)</source>
        <translation>数据结构版本：%1（本程序：%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="107"/>
        <source>OK: the book is sound.</source>
        <translation>正常：客户库完好。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="110"/>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="152"/>
        <source>Welcome to Guanxi</source>
        <translation>欢迎使用 Guanxi</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="153"/>
        <source>This is the first start. Start with an empty book, or with a demo book of 500 made-up customers to look around?</source>
        <translation>这是首次启动。要从空白客户库开始，还是先用含 500 位虚构客户的演示客户库熟悉一下？</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="156"/>
        <source>Demo book</source>
        <translation>演示客户库</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="157"/>
        <source>Empty book</source>
        <translation>空白客户库</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="80"/>
        <source>Customer card</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="114"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="116"/>
        <source>Save the card (Ctrl+S)</source>
        <translation>保存客户档案（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="118"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="636"/>
        <source>Cancel changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="119"/>
        <source>Undo the changes since the last save (Esc)</source>
        <translation>撤销上次保存以来的所有修改（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="121"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="560"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="134"/>
        <source>Details</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="135"/>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="136"/>
        <source>Timeline</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="143"/>
        <source>Log a contact: what was said (Enter to log)</source>
        <translation>记录联系：沟通内容（按 Enter 记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="145"/>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="335"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="374"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="336"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="337"/>
        <source>VIN</source>
        <translation>车架号（VIN）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="189"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="338"/>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="339"/>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="340"/>
        <source>Insurance expires</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="341"/>
        <source>Inspection due</source>
        <translation>年检到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="342"/>
        <source>Warranty ends</source>
        <translation>质保到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="350"/>
        <source>New vehicle…</source>
        <translation>新增车辆…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="353"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="355"/>
        <source>Change owner…</source>
        <translation>变更车主…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="357"/>
        <source>Archive / restore</source>
        <translation>归档/恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="374"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="374"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="374"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="374"/>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="209"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="406"/>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="417"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="539"/>
        <source>No customer chosen</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="500"/>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/customer_card.py" line="513"/>
        <source>Vehicles (%n)</source>
        <translation>
            <numerusform>车辆 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/customer_card.py" line="532"/>
        <source>Timeline (%n)</source>
        <translation>
            <numerusform>联系记录 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="537"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="544"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="224"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="546"/>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="548"/>
        <source>No marketing</source>
        <translation>不接受营销</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="560"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="637"/>
        <source>Throw away the changes made on this card?</source>
        <translation>放弃对此客户档案所做的修改吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="247"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="676"/>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="704"/>
        <source>Not logged</source>
        <translation>未能记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="750"/>
        <source>New owner</source>
        <translation>新车主</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="182"/>
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="190"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="191"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="210"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="212"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="223"/>
        <source>Comma separated, e.g. VIP, Fleet</source>
        <translation>多个标签用逗号分隔，例如：VIP，车队</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="225"/>
        <source>Agrees to marketing</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="233"/>
        <source>Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="234"/>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="235"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="236"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="237"/>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="238"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="239"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="240"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="241"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="242"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="243"/>
        <source>Hobbies</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="244"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="245"/>
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="246"/>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="248"/>
        <source>Advisor</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="249"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="250"/>
        <source>Marketing</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="251"/>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="252"/>
        <source>Consent channel</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="253"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="290"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="294"/>
        <source>Sales</source>
        <translation>销售信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="299"/>
        <source>Personal</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="303"/>
        <source>Consent and notes</source>
        <translation>营销许可与备注</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../app/ui/dialogs/customer_picker.py" line="32"/>
        <source>Name, pinyin, phone or plate</source>
        <translation>姓名、拼音、电话或车牌</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="121"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="122"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="123"/>
        <source>Plates</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="124"/>
        <source>Advisor</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="125"/>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="126"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="158"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="160"/>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="40"/>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="43"/>
        <source>Name, pinyin, phone, plate or VIN (Ctrl+F)</source>
        <translation>姓名、拼音、电话、车牌或车架号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="45"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="53"/>
        <source>Customers</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="72"/>
        <source>Opening the book…</source>
        <translation>正在打开客户库…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="128"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/widgets/fields.py" line="95"/>
        <source>%1: %2</source>
        <comment>a field&apos;s name, then what is wrong with it</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="21"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="22"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="28"/>
        <location filename="../../app/ui/labels.py" line="36"/>
        <location filename="../../app/ui/labels.py" line="86"/>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="29"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37"/>
        <source>Showroom</source>
        <translation>展厅到店</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38"/>
        <location filename="../../app/ui/labels.py" line="90"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39"/>
        <source>Phone enquiry</source>
        <translation>电话咨询</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40"/>
        <source>Auto show</source>
        <translation>车展</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41"/>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>Service walk-in</source>
        <translation>售后进店</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="44"/>
        <source>Fleet sales</source>
        <translation>集团采购</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="45"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="51"/>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="52"/>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58"/>
        <source>Sales advisor</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59"/>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60"/>
        <source>Service manager</source>
        <translation>售后经理</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="61"/>
        <source>Owner</source>
        <comment>staff role: the owner of the shop</comment>
        <translation>店总</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68"/>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69"/>
        <location filename="../../app/ui/labels.py" line="89"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="70"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="71"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="72"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78"/>
        <source>New, bought here</source>
        <translation>本店新车</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79"/>
        <source>Used, bought here</source>
        <translation>本店二手车</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80"/>
        <source>Bought elsewhere</source>
        <translation>外店购买</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="87"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="88"/>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91"/>
        <source>Signed form</source>
        <translation>书面签字</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="25"/>
        <source>Guanxi — customer relationships</source>
        <translation>Guanxi — 客户关系管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="29"/>
        <source>Opening the book…</source>
        <translation>正在打开客户库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>Book: %1</source>
        <translation>客户库：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="46"/>
        <source>The book was upgraded; a copy of the old one is at %1</source>
        <translation>客户库已升级；旧版本的副本保存在 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="64"/>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="70"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>&amp;Log a contact</source>
        <translation>记录联系(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>New &amp;vehicle…</source>
        <translation>新增车辆(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="79"/>
        <source>&amp;Archive or restore</source>
        <translation>归档/恢复(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>&amp;Reload card</source>
        <translation>刷新客户档案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>&amp;About Guanxi</source>
        <translation>关于 Guanxi(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>About Guanxi</source>
        <translation>关于 Guanxi</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Guanxi %1 — customer relationships for a dealership.</source>
        <translation>Guanxi %1 — 4S 店客户关系管理。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/bootstrap.py" line="105"/>
        <source>Guanxi</source>
        <translation>Guanxi</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="144"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="145"/>
        <source>Something went wrong. What was saved before is safe. Please copy the details below for support.</source>
        <translation>程序出错了。之前已保存的内容不受影响。请复制下方的详细信息，发给技术支持。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="14"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="15"/>
        <source>Not a valid phone number (e.g. 138 0013 8000 or 010-6552 9988).</source>
        <translation>电话号码无效（例如 138 0013 8000 或 010-6552 9988）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="16"/>
        <source>Not a valid e-mail address.</source>
        <translation>电子邮箱地址无效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17"/>
        <source>A VIN has exactly 17 characters.</source>
        <translation>车架号（VIN）必须是 17 位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18"/>
        <source>A VIN uses digits and capital letters except I, O and Q.</source>
        <translation>车架号（VIN）只能由数字和大写字母组成（不含 I、O、Q）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="19"/>
        <source>The VIN&apos;s check digit (9th character) does not match: please check for a typo.</source>
        <translation>车架号（VIN）校验位（第 9 位）不符，请检查是否输错。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20"/>
        <source>Another vehicle in the book already has this VIN.</source>
        <translation>客户库中已有另一辆车使用此车架号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="21"/>
        <source>Not a valid plate (e.g. 京A·12345 or 京A·D12345).</source>
        <translation>车牌号无效（例如 京A·12345 或 京A·D12345）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="22"/>
        <source>Not a valid date (use YYYY-MM-DD).</source>
        <translation>日期无效（请按 YYYY-MM-DD 格式填写）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23"/>
        <source>This date is in the future.</source>
        <translation>此日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24"/>
        <source>A birthday needs both month and day.</source>
        <translation>生日需同时填写月和日。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25"/>
        <source>This day does not exist in that calendar.</source>
        <translation>所选历法中没有这一天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="26"/>
        <source>The birth year is not plausible.</source>
        <translation>出生年份不合理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27"/>
        <source>The birthday is in the future.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="28"/>
        <source>A leap-month birthday needs the year.</source>
        <translation>闰月生日需要填写出生年份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29"/>
        <source>Give the date the customer agreed to marketing.</source>
        <translation>请填写客户同意接收营销信息的日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30"/>
        <source>Choose another customer as the referrer.</source>
        <translation>请选择其他客户作为介绍人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31"/>
        <source>The model year is not plausible.</source>
        <translation>年款不合理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="32"/>
        <source>This number cannot be negative.</source>
        <translation>此数值不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33"/>
        <source>Choose an existing customer as the new owner.</source>
        <translation>请选择一位已有客户作为新车主。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34"/>
        <source>The vehicle already belongs to this customer.</source>
        <translation>该车辆已属于此客户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35"/>
        <source>Choose a staff member who is in the book.</source>
        <translation>请选择客户库中已有的员工。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="36"/>
        <source>Choose one of the customer&apos;s vehicles.</source>
        <translation>请选择该客户名下的车辆。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38"/>
        <source>This value is not accepted.</source>
        <translation>此值无效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43"/>
        <source>This book was written by a newer version of Guanxi. It has not been opened or changed. Please update Guanxi to open it.</source>
        <translation>此客户库由更新版本的 Guanxi 创建，本程序未打开也未修改它。请升级 Guanxi 后再打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46"/>
        <source>This file is not a Guanxi book (or it is damaged). It has not been changed.</source>
        <translation>此文件不是 Guanxi 客户库（或已损坏），未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48"/>
        <source>This database belongs to another program. Guanxi has not changed it.</source>
        <translation>此数据库属于其他程序，Guanxi 未对其作任何修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50"/>
        <source>The book could not be upgraded. It has been left exactly as it was, and a backup copy is next to it.</source>
        <translation>客户库升级失败。客户库保持原样，同一文件夹中另有一份备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53"/>
        <source>The book file does not exist.</source>
        <translation>客户库文件不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="54"/>
        <source>The book could not be created in that folder.</source>
        <translation>无法在该文件夹中创建客户库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55"/>
        <source>A demo can only be written into an empty book.</source>
        <translation>演示数据只能写入空白客户库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57"/>
        <source>The book could not be opened.</source>
        <translation>无法打开客户库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="72"/>
        <source>Unsaved changes</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="73"/>
        <source>This card has changes that are not saved. Save them?</source>
        <translation>此客户档案有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82"/>
        <source>Another desk saved this customer after you opened the card, so your changes were not saved. They are still on the card: note them, then reload (F5) to see the latest version.</source>
        <translation>您打开此客户档案后，另一台电脑上已保存了该客户，因此您的修改未能保存。修改内容仍保留在档案上：请先记下，再刷新（F5）查看最新版本。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="15"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="21"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="24"/>
        <source>A new language takes effect the next time Guanxi starts.</source>
        <translation>更改后的语言将在下次启动 Guanxi 时生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="32"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="61"/>
        <source>Edit vehicle</source>
        <translation>编辑车辆</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="61"/>
        <source>New vehicle</source>
        <translation>新增车辆</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="78"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="79"/>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="88"/>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="89"/>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="90"/>
        <source>Series / trim</source>
        <translation>车系/配置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="91"/>
        <source>VIN</source>
        <translation>车架号（VIN）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="92"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="93"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="94"/>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="95"/>
        <source>Purchase date</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="96"/>
        <source>Bought</source>
        <translation>购车方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="97"/>
        <source>Price</source>
        <translation>购车价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="98"/>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="99"/>
        <source>Insurance expires</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="100"/>
        <source>Annual inspection due</source>
        <translation>年检到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="101"/>
        <source>Warranty ends</source>
        <translation>质保到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="102"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="134"/>
        <source>{name}: {start} – {end}</source>
        <translation>{name}：{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="137"/>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="141"/>
        <source>Owners:</source>
        <translation>历任车主：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="204"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="205"/>
        <source>Another desk changed this vehicle meanwhile. Close and open it again.</source>
        <translation>在此期间，另一台电脑上修改了该车辆信息。请关闭后重新打开。</translation>
    </message>
</context>
</TS>
