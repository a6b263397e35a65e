<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="43"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="50"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="57"/>
        <source>Any record</source>
        <translation>任何记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="61"/>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="66"/>
        <source>Any action</source>
        <translation>任何操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="79"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="81"/>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="100"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="86"/>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="99"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="88"/>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="91"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="99"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="99"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="100"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="104"/>
        <source>Show &amp;more</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="107"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="110"/>
        <source>Checking that no entry was changed or removed…</source>
        <translation>正在检查是否有条目被改动或删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="173"/>
        <source>(a desk, nobody signed in)</source>
        <translation>（某工位，未登录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="175"/>
        <source>(the program)</source>
        <translation>（程序）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="203"/>
        <source>%1 entries shown, newest first; more are older</source>
        <translation>显示 %1 条，最新的在前；还有更早的条目</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="204"/>
        <source>%1 entries, newest first</source>
        <translation>共 %1 条，最新的在前</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="212"/>
        <source>The chain of entries is intact: no entry was changed or removed.</source>
        <translation>条目链完整：没有条目被改动或删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="228"/>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialog.py" line="229"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="45"/>
        <source>fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="46"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="47"/>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="48"/>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="49"/>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="50"/>
        <source>failures in a row</source>
        <translation>连续失败次数</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="51"/>
        <source>purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="52"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="53"/>
        <source>customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="54"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="55"/>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="56"/>
        <source>owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="57"/>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="58"/>
        <source>advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="59"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="60"/>
        <source>other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="61"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="62"/>
        <source>for marketing</source>
        <translation>用于营销</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="81"/>
        <source>some</source>
        <translation>若干</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="95"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/presentation/audit_words.py" line="97"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="128"/>
        <source>A backup is being written already; it will be ready in a moment.</source>
        <translation>正在备份中，稍后即可完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="247"/>
        <source>Backup written: %1 (%2 MB, checked)</source>
        <translation>备份已完成：%1（%2 MB，已校验）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="263"/>
        <source>Backing up… %p%</source>
        <translation>正在备份… %p%</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="265"/>
        <source>Backup progress</source>
        <translation>备份进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="281"/>
        <source>Backing up the book before closing…</source>
        <translation>关闭前正在备份客户库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="284"/>
        <source>Guanxi</source>
        <translation>Guanxi</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="319"/>
        <source>Backup not written</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="328"/>
        <source>The automatic backup was not written.</source>
        <translation>自动备份失败。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_scheduler.py" line="331"/>
        <source>Automatic backup not written</source>
        <translation>自动备份失败</translation>
    </message>
</context>
<context>
    <name>BookLock</name>
    <message>
        <location filename="../../app/desk/book_lock.py" line="145"/>
        <source>Guanxi on the computer %1</source>
        <translation>电脑 %1 上的 Guanxi</translation>
    </message>
    <message>
        <location filename="../../app/desk/book_lock.py" line="146"/>
        <source>process %1 on this computer</source>
        <translation>本机进程 %1</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <location filename="../../app/bootstrap.py" line="149"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="364"/>
        <source>Guanxi opens the book on this computer instead.</source>
        <translation>Guanxi 改为打开本机上的客户簿。</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="373"/>
        <source>This is the book on this computer: the shared book on the server was not opened. Nothing you do here reaches the other desks. To use the shared book, restart Guanxi (or choose it again in Preferences).</source>
        <translation>这是本机上的客户簿：服务器上的共享客户簿没有打开。您在这里做的任何事都不会传到其他工位。要使用共享客户簿，请重新启动 Guanxi（或在“偏好设置”中再次选择它）。</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="450"/>
        <source>Checking the book for damage… (work goes on; a save waits for it)</source>
        <translation>正在检查客户库是否损坏…（可继续工作；保存会等检查完成后再进行）</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="466"/>
        <source>Book checked: sound.</source>
        <translation>客户库检查完毕：完好。</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../app/presentation/call_words.py" line="46"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../app/presentation/call_words.py" line="61"/>
        <source>nothing overdue</source>
        <translation>无逾期</translation>
    </message>
    <message>
        <location filename="../../app/presentation/call_words.py" line="64"/>
        <source>%1, %2</source>
        <comment>3 overdue, oldest 5 days</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../app/presentation/call_words.py" line="82"/>
        <source>%1 (%2)</source>
        <comment>a reason to call (its detail)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/call_words.py" line="86"/>
        <source>, </source>
        <comment>between reasons about one car</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/presentation/call_words.py" line="91"/>
        <source>%1 · %2</source>
        <comment>reasons to call · the car they are about</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CallSheetView</name>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="136"/>
        <source>All advisors</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="140"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="142"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="77"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="79"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="81"/>
        <source>Reasons</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="82"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="84"/>
        <source>Plates</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="85"/>
        <location filename="../../app/ui/views/callsheet_view.py" line="171"/>
        <source>Advisor</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="161"/>
        <location filename="../../app/ui/views/callsheet_view.py" line="198"/>
        <source>Reading the call sheet…</source>
        <translation>正在读取回访清单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="169"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="103"/>
        <source>This number was reported wrong</source>
        <translation>此号码已被标记为号码错误</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/callsheet_view.py" line="218"/>
        <source>%n customer(s) to call</source>
        <translation>
            <numerusform>%n 位客户待回访</numerusform>
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
        <translation>每日回访清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="208"/>
        <source>The call sheet could not be read.</source>
        <translation>无法读取回访清单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/callsheet_view.py" line="221"/>
        <source>%n call(s) left out: no consent</source>
        <translation>
            <numerusform>%n 个电话未列入：无同意</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="272"/>
        <source>Save call sheet</source>
        <translation>保存回访清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="273"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="279"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="279"/>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="288"/>
        <source>Export call sheet</source>
        <translation>导出回访清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/callsheet_view.py" line="289"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CallSheetWords</name>
    <message numerus="yes">
        <location filename="../../app/presentation/call_words.py" line="18"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/presentation/call_words.py" line="21"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/presentation/call_words.py" line="24"/>
        <source>%n overdue</source>
        <comment>customers to call</comment>
        <translation>
            <numerusform>%n 位已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/presentation/call_words.py" line="27"/>
        <source>oldest %n day(s)</source>
        <comment>the oldest overdue call</comment>
        <translation>
            <numerusform>最久逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/presentation/call_words.py" line="30"/>
        <source>quiet for %n day(s)</source>
        <comment>a lead with no contact</comment>
        <translation>
            <numerusform>已 %n 天未联系</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="41"/>
        <source>Calls to make</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="52"/>
        <source>New follow-up…</source>
        <translation>新建回访…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="54"/>
        <source>Put a call to make to this customer on the call sheet</source>
        <translation>为该客户新建回访，列入回访清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="58"/>
        <source>Open follow-ups and next reminders</source>
        <translation>待处理回访和近期提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="126"/>
        <source>Open follow-ups</source>
        <translation>待处理回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="134"/>
        <source>snoozed to %1</source>
        <translation>推迟至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="142"/>
        <source>Next reminders</source>
        <translation>近期提醒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/calls_panel.py" line="152"/>
        <source>… %n more in the reminders list</source>
        <translation>
            <numerusform>… 提醒列表中还有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/calls_panel.py" line="156"/>
        <source>No calls to make.</source>
        <translation>暂无待回访。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/calls_panel.py" line="158"/>
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n 条待处理回访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/calls_panel.py" line="159"/>
        <source>%n reminder(s) in the next 12 months</source>
        <translation>
            <numerusform>未来 12 个月内有 %n 条提醒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/campaign_dialog.py" line="23"/>
        <source>Call these customers</source>
        <translation>给这些客户打电话</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/campaign_dialog.py" line="25"/>
        <source>A call for each of the %n customer(s) listed goes on the call sheet of their advisor from the day chosen (customers with such a call still open are skipped).</source>
        <translation>
            <numerusform>列表中的 %n 位客户每人一个电话，从所选日期起放进其顾问的电话清单（已有同类未完成电话的客户会跳过）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/campaign_dialog.py" line="28"/>
        <source>Customers who have not agreed to marketing are skipped (PIPL).</source>
        <translation>未同意接收营销信息的客户会被跳过（《个人信息保护法》）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/campaign_dialog.py" line="36"/>
        <source>e.g. thank-you call, spring maintenance offer</source>
        <translation>例如：感谢回访、春季保养优惠</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/campaign_dialog.py" line="38"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/campaign_dialog.py" line="39"/>
        <source>Note for the advisor</source>
        <translation>给顾问的备注</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="383"/>
        <source>Cancel the order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="384"/>
        <source>The order (%1) is cancelled: its model, price and expected delivery are cleared, and the customer&apos;s timeline says why.</source>
        <translation>订单（%1）将被取消：车型、价格和预计交车日期会被清除，客户时间线上会记下原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="394"/>
        <source>Which brand, e.g. 丰田</source>
        <translation>哪个品牌，例如 丰田</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="397"/>
        <source>Keep working the lead (back to: %1)</source>
        <translation>继续跟进此潜客（退回：%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="400"/>
        <source>Close it as lost (the sales manager reviews it)</source>
        <translation>申请战败（由销售经理审核）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="408"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="409"/>
        <source>Competitor&apos;s brand</source>
        <translation>竞品品牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="410"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="411"/>
        <source>Then</source>
        <translation>之后</translation>
    </message>
</context>
<context>
    <name>CardLeads</name>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="429"/>
        <source>Leads</source>
        <translation>潜客</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="431"/>
        <source>Pass to sales…</source>
        <translation>转介给销售…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="434"/>
        <source>A trade-in, a used car, finance, insurance or accessories: pass the customer to a sales advisor with a note</source>
        <translation>置换、二手车、金融、保险或精品：把客户连同备注转介给销售顾问</translation>
    </message>
</context>
<context>
    <name>CardMergeActions</name>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="190"/>
        <source>Undo a merge…</source>
        <translation>撤销合并…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../app/presentation/charts.py" line="296"/>
        <source>No data for this period</source>
        <translation>此期间没有数据</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="345"/>
        <source>Revenue (10,000 yuan)</source>
        <translation>收入（万元）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="382"/>
        <source>%1: month to date</source>
        <translation>%1（截至今天）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="396"/>
        <source>Top</source>
        <translation>高价值</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="397"/>
        <source>Middle</source>
        <translation>中价值</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="398"/>
        <source>Small</source>
        <translation>低价值</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="408"/>
        <location filename="../../app/presentation/charts.py" line="849"/>
        <source>Customers by tier</source>
        <translation>各层级客户数</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="422"/>
        <location filename="../../app/presentation/charts.py" line="575"/>
        <location filename="../../app/presentation/charts.py" line="908"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="428"/>
        <location filename="../../app/presentation/charts.py" line="850"/>
        <source>Visits and revenue per month</source>
        <translation>每月进店与收入</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="437"/>
        <location filename="../../app/presentation/charts.py" line="441"/>
        <location filename="../../app/presentation/charts.py" line="913"/>
        <source>Visits</source>
        <translation>进店</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="355"/>
        <location filename="../../app/presentation/charts.py" line="914"/>
        <source>Revenue (yuan)</source>
        <translation>收入（元）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="449"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="470"/>
        <source>Top 20% of customers: %1 of revenue</source>
        <translation>前 20% 的客户贡献了 %1 的收入</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="476"/>
        <location filename="../../app/presentation/charts.py" line="851"/>
        <source>Revenue concentration (Pareto)</source>
        <translation>收入集中度（帕累托）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="489"/>
        <source>Customers, best first</source>
        <translation>客户（按贡献从高到低）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="492"/>
        <source>Equal share</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="499"/>
        <source>%1 customers with revenue, %2 yuan in all</source>
        <translation>有收入的客户 %1 位，共 %2 元</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="509"/>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="510"/>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="517"/>
        <location filename="../../app/presentation/charts.py" line="852"/>
        <source>Reminders and follow-ups: done vs missed</source>
        <translation>提醒与跟进：完成与遗漏</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="531"/>
        <location filename="../../app/presentation/charts.py" line="922"/>
        <source>Reminders done</source>
        <translation>提醒已完成</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="534"/>
        <location filename="../../app/presentation/charts.py" line="923"/>
        <source>Reminders missed</source>
        <translation>提醒遗漏</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="537"/>
        <location filename="../../app/presentation/charts.py" line="640"/>
        <location filename="../../app/presentation/charts.py" line="924"/>
        <location filename="../../app/presentation/charts.py" line="943"/>
        <source>Follow-ups done</source>
        <translation>跟进已完成</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="540"/>
        <location filename="../../app/presentation/charts.py" line="925"/>
        <source>Follow-ups missed</source>
        <translation>跟进遗漏</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="548"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="559"/>
        <location filename="../../app/presentation/charts.py" line="854"/>
        <location filename="../../app/presentation/charts.py" line="927"/>
        <source>Lapsed customers</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="567"/>
        <location filename="../../app/presentation/charts.py" line="929"/>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="568"/>
        <location filename="../../app/presentation/charts.py" line="930"/>
        <location filename="../../app/presentation/charts.py" line="971"/>
        <location filename="../../app/presentation/charts.py" line="985"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="582"/>
        <location filename="../../app/presentation/charts.py" line="855"/>
        <source>Satisfaction per month</source>
        <translation>每月满意度</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="592"/>
        <location filename="../../app/presentation/charts.py" line="936"/>
        <source>Unhappy (1-2)</source>
        <translation>不满意（1-2 分）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="596"/>
        <source>Other responses</source>
        <translation>其他评分</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="602"/>
        <location filename="../../app/presentation/charts.py" line="934"/>
        <source>Responses</source>
        <translation>评分数</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="610"/>
        <source>Average score (overall %1)</source>
        <translation>平均分（总体 %1）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="614"/>
        <location filename="../../app/presentation/charts.py" line="935"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="631"/>
        <location filename="../../app/presentation/charts.py" line="856"/>
        <source>Activity per advisor</source>
        <translation>各顾问工作量</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="639"/>
        <location filename="../../app/presentation/charts.py" line="942"/>
        <source>Contacts</source>
        <translation>联系次数</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="641"/>
        <location filename="../../app/presentation/charts.py" line="944"/>
        <source>Service visits</source>
        <translation>维修保养接待</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="655"/>
        <source>The %1 most active of %2</source>
        <translation>%2 人中最活跃的 %1 人</translation>
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
        <translation>潜客</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="664"/>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="665"/>
        <source>Showroom visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="666"/>
        <source>Test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="667"/>
        <source>Negotiation</source>
        <translation>洽谈</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="668"/>
        <source>Ordered</source>
        <translation>订车</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="669"/>
        <source>Won (delivered)</source>
        <translation>成交（已交车）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="672"/>
        <source>Walk-in</source>
        <translation>展厅到店</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="673"/>
        <source>Phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="674"/>
        <source>Website</source>
        <translation>官网</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="675"/>
        <source>Car portal</source>
        <translation>汽车网站</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="676"/>
        <source>Auto show</source>
        <translation>车展</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="677"/>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="678"/>
        <source>Existing customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="679"/>
        <source>Service lane</source>
        <translation>售后转介</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="682"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="683"/>
        <source>Bought a competitor&apos;s brand</source>
        <translation>购买竞品</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="684"/>
        <source>Financing refused</source>
        <translation>贷款未获批</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="685"/>
        <source>No stock or long wait</source>
        <translation>无现车或等待太久</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="686"/>
        <source>Chose a used car</source>
        <translation>选择了二手车</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="687"/>
        <source>Postponed</source>
        <translation>推迟购车</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="688"/>
        <source>Unreachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="689"/>
        <source>Erased on request</source>
        <translation>应要求删除</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="692"/>
        <source>Service</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="693"/>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="694"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="695"/>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="696"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="709"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="714"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="720"/>
        <source>Lost: %1</source>
        <translation>战败：%1</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="722"/>
        <source>First contact: median %1, %2 within %3</source>
        <translation>首次联系：中位数 %1，%2 在 %3 内</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="728"/>
        <source>Time to close: median %1</source>
        <translation>成交周期：中位数 %1</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="736"/>
        <location filename="../../app/presentation/charts.py" line="857"/>
        <location filename="../../app/presentation/charts.py" line="993"/>
        <source>Lead funnel</source>
        <translation>潜客漏斗</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="764"/>
        <location filename="../../app/presentation/charts.py" line="858"/>
        <source>Conversion by source</source>
        <translation>各来源转化</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="773"/>
        <location filename="../../app/presentation/charts.py" line="826"/>
        <location filename="../../app/presentation/charts.py" line="984"/>
        <location filename="../../app/presentation/charts.py" line="1002"/>
        <location filename="../../app/presentation/charts.py" line="1013"/>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="775"/>
        <source>%1 won of %2 (%3)</source>
        <translation>%2 个中成交 %1 个（%3）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="791"/>
        <location filename="../../app/presentation/charts.py" line="859"/>
        <location filename="../../app/presentation/charts.py" line="1006"/>
        <source>Lost reasons</source>
        <translation>战败原因</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="813"/>
        <location filename="../../app/presentation/charts.py" line="860"/>
        <source>Won against target per advisor</source>
        <translation>各顾问成交与目标</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="831"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="832"/>
        <source>%1 of %2</source>
        <translation>%1 / 目标 %2</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="904"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="906"/>
        <source>Tiers</source>
        <translation>客户层级</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="907"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="909"/>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="911"/>
        <source>Visits and revenue</source>
        <translation>进店与收入</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="916"/>
        <source>Pareto</source>
        <translation>帕累托</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="917"/>
        <source>Share of customers (%)</source>
        <translation>客户占比（%）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="918"/>
        <source>Share of revenue (%)</source>
        <translation>收入占比（%）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="920"/>
        <source>Reminders and follow-ups</source>
        <translation>提醒与跟进</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="932"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="940"/>
        <source>Advisors</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="941"/>
        <location filename="../../app/presentation/charts.py" line="1011"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="967"/>
        <source>Showroom-visit rate (%)</source>
        <translation>到店率（%）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="968"/>
        <source>Test-drive rate (%)</source>
        <translation>试驾率（%）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="969"/>
        <source>Order rate (%)</source>
        <translation>订车率（%）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="970"/>
        <location filename="../../app/presentation/charts.py" line="1003"/>
        <location filename="../../app/presentation/charts.py" line="1014"/>
        <source>Win rate (%)</source>
        <translation>成交率（%）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="972"/>
        <source>Leads contacted</source>
        <translation>已联系的潜客</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="973"/>
        <source>First contact, median (opening hours)</source>
        <translation>首次联系用时中位数（营业小时）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="975"/>
        <source>First contact within the limit (%)</source>
        <translation>按时首次联系（%）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="977"/>
        <source>Response limit (opening hours)</source>
        <translation>响应时限（营业小时）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="979"/>
        <source>Time to close, median (days)</source>
        <translation>成交周期中位数（天）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="983"/>
        <source>Referred</source>
        <translation>转介数</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="986"/>
        <source>Open</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="987"/>
        <source>(no advisor)</source>
        <translation>（未分配顾问）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="989"/>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="990"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="991"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="994"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="996"/>
        <source>Share of leads (%)</source>
        <translation>占潜客比例（%）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="999"/>
        <source>Leads by source</source>
        <translation>各来源潜客</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1000"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1007"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1010"/>
        <source>Advisor conversion</source>
        <translation>顾问转化</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1015"/>
        <source>Monthly target</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1019"/>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1020"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1023"/>
        <source>Referrers</source>
        <translation>转介人</translation>
    </message>
    <message>
        <location filename="../../app/presentation/charts.py" line="1024"/>
        <source>Referrer</source>
        <translation>转介人</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli.py" line="41"/>
        <source>Guanxi: customer relationships for a dealership.</source>
        <translation>Guanxi：4S 店客户关系管理。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="43"/>
        <source>the book: a SQLite file path or a database URL</source>
        <translation>客户库：SQLite 文件路径或数据库 URL</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="44"/>
        <source>interface language: zh_CN or en (default: preferences, then the system)</source>
        <translation>界面语言：zh_CN 或 en（默认：先看偏好设置，再看系统语言）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="47"/>
        <source>open the window (the default)</source>
        <translation>打开程序窗口（默认）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="49"/>
        <source>write a demo book with generated customers</source>
        <translation>生成一个含模拟客户的演示客户库</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="50"/>
        <source>the new book&apos;s file</source>
        <translation>新客户库的文件</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="51"/>
        <source>how many customers</source>
        <translation>客户数量</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="52"/>
        <source>the same seed gives the same book</source>
        <translation>相同的随机种子生成相同的客户库</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="55"/>
        <source>check a book&apos;s integrity and schema version</source>
        <translation>检查客户库的完整性和数据结构版本</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="57"/>
        <source>print the daily call sheet to a PDF</source>
        <translation>将每日回访清单输出为 PDF</translation>
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
        <translation>客户库</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="59"/>
        <location filename="../../app/cli.py" line="67"/>
        <source>the day (YYYY-MM-DD, default today)</source>
        <translation>日期（YYYY-MM-DD，默认为今天）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="60"/>
        <location filename="../../app/cli.py" line="68"/>
        <location filename="../../app/cli.py" line="76"/>
        <source>only this advisor&apos;s customers (a staff member&apos;s name)</source>
        <translation>只包含该销售顾问的客户（填写员工姓名）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="61"/>
        <source>the PDF file to write</source>
        <translation>要生成的 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="62"/>
        <source>export a list to an Excel workbook</source>
        <translation>将列表导出为 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="65"/>
        <location filename="../../app/cli.py" line="72"/>
        <location filename="../../app/cli.py" line="589"/>
        <source>the .xlsx file to write</source>
        <translation>要生成的 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="66"/>
        <source>reminders: how many days ahead (default 30)</source>
        <translation>提醒：向后查看多少天（默认 30 天）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="56"/>
        <source>the book to check</source>
        <translation>要检查的客户库</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="70"/>
        <source>write the dashboard&apos;s figures to a workbook (one sheet per chart)</source>
        <translation>把经营看板的数据写入工作簿（每个图表一张工作表）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="73"/>
        <source>also save every chart as a PNG in this folder</source>
        <translation>同时把每个图表保存为 PNG 到此文件夹</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="74"/>
        <source>first month (YYYY-MM, default 11 months before this one)</source>
        <translation>起始月份（YYYY-MM，默认为 11 个月前）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="75"/>
        <source>last month (YYYY-MM, default this month)</source>
        <translation>结束月份（YYYY-MM，默认为本月）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="360"/>
        <source>%1 of %2 customers</source>
        <translation>已生成 %1 / %2 位客户</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="365"/>
        <source>Demo book written: %1 (%2 customers, %3 vehicles, %4 contacts, %6 service visits) in %5 s</source>
        <translation>演示客户库已生成：%1（%2 位客户，%3 辆车，%4 条联系记录，%6 次进厂），用时 %5 秒</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="416"/>
        <source>Schema: %1 (this program: %2)</source>
        <translation>数据结构版本：%1（本程序：%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="427"/>
        <source>OK: the book is sound.</source>
        <translation>正常：客户库完好。</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="408"/>
        <source>Welcome to Guanxi</source>
        <translation>欢迎使用 Guanxi</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="409"/>
        <source>This is the first start. Start with an empty book, or with a demo book of 500 made-up customers to look around?</source>
        <translation>这是首次启动。要从空白客户库开始，还是先用含 500 位虚构客户的演示客户库熟悉一下？</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="412"/>
        <source>Demo book</source>
        <translation>演示客户库</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="413"/>
        <source>Empty book</source>
        <translation>空白客户库</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="136"/>
        <source>Not a valid date (use YYYY-MM-DD): %1</source>
        <translation>日期无效（请按 YYYY-MM-DD 格式填写）：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="77"/>
        <source>write a checked backup of the book (also while the window has it open)</source>
        <translation>备份客户库并校验备份（程序窗口正在使用该客户库时也可执行）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="81"/>
        <source>the book (a SQLite file)</source>
        <translation>客户库（SQLite 文件）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="79"/>
        <source>the backups folder (default: as in Preferences, else a &apos;backups&apos; folder beside the book)</source>
        <translation>备份文件夹（默认：按偏好设置；未设置时为与客户库同目录的 &apos;backups&apos; 文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="45"/>
        <source>sign in as this login first (password asked, or GUANXI_PASSWORD; GUANXI_USER stands for it)</source>
        <translation>先以此登录名登录（会询问密码，或用 GUANXI_PASSWORD；GUANXI_USER 可代替本选项）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="53"/>
        <source>also add N customers who duplicate others (for the duplicate finder)</source>
        <translation>另外添加 N 位与他人重复的客户（供查找重复客户使用）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="54"/>
        <source>also write customer sheets as dealerships send them (customers.xlsx, old-crm.csv) into this folder</source>
        <translation>另外把经销店常见格式的客户表（customers.xlsx、old-crm.csv）写入此文件夹</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="69"/>
        <source>customers: only those who agreed to marketing (the others are counted, not written)</source>
        <translation>客户：只导出同意接收营销信息的客户（其余客户只计数，不写出）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="78"/>
        <source>the book (a SQLite file, or a server&apos;s address: backed up by its pg_dump)</source>
        <translation>客户簿（SQLite 文件，或服务器地址：由服务器的 pg_dump 备份）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="80"/>
        <source>put a backup in the book&apos;s place (the book as it was is kept aside)</source>
        <translation>用备份替换客户库（原客户库会改名另存）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="82"/>
        <source>the backup file to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="83"/>
        <source>copy a whole book to an empty place: a file to a database server, a server&apos;s book to a file, or a file to a new file</source>
        <translation>把整本客户簿复制到空的位置：文件复制到数据库服务器、服务器上的客户簿复制到文件，或文件复制到新文件</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="84"/>
        <source>the book to copy (a SQLite file or a database URL); it is only read</source>
        <translation>要复制的客户簿（SQLite 文件或数据库地址）；只读取，不改动</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="85"/>
        <source>where to: a file that does not exist yet, or the URL of an empty database</source>
        <translation>复制到：一个尚不存在的文件，或一个空数据库的地址</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="101"/>
        <source>not a whole number: %1</source>
        <translation>不是整数：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="109"/>
        <source>the number of days must be from %1 to %2, not %3</source>
        <translation>天数必须在 %1 到 %2 之间（输入的是 %3）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="114"/>
        <source>the number of customers must be from %1 to %2, not %3</source>
        <translation>客户数量必须在 %1 到 %2 之间（输入的是 %3）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="133"/>
        <source>There is no day %1 in that month: %2</source>
        <translation>该月没有 %1 日：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="139"/>
        <source>the date must be from %1 to %2, not %3</source>
        <translation>日期必须在 %1 到 %2 之间（输入的是 %3）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="157"/>
        <source>the month must be from %1 to %2, not %3</source>
        <translation>月份必须在 %1 到 %2 之间（输入的是 %3）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="167"/>
        <source>Which book? Give it with --db (a file or a database URL).</source>
        <translation>要使用哪个客户库？请用 --db 指定（文件路径或数据库 URL）。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="242"/>
        <source>Stopped.</source>
        <translation>已中止。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="261"/>
        <source>Something went wrong: %1.</source>
        <translation>出错了：%1。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="263"/>
        <source>What was saved before the problem is kept; the rest was not saved.</source>
        <translation>出错前已保存的内容不受影响；其余内容未保存。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="265"/>
        <source>Nothing in the book was changed.</source>
        <translation>客户库未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="267"/>
        <source>The details are in the log file %1.</source>
        <translation>详细信息见日志文件 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="269"/>
        <source>The details could not be written to a log file.</source>
        <translation>详细信息未能写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="392"/>
        <source>Planted duplicates: %1 pairs.</source>
        <translation>已加入重复客户：%1 对。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="398"/>
        <source>Dirty sheets of %1 customers written to %2.</source>
        <translation>含 %1 位客户的原始表格已写入 %2。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="419"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="420"/>
        <source>vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="421"/>
        <source>contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="422"/>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="448"/>
        <source>This database holds no Guanxi book yet: Guanxi has never opened it.</source>
        <translation>此数据库中还没有 Guanxi 客户库：Guanxi 从未打开过它。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="450"/>
        <source>The book is from an earlier Guanxi (%1); it is upgraded, after a backup, the next time Guanxi opens it.</source>
        <translation>此客户库来自较早版本的 Guanxi（%1）；下次 Guanxi 打开它时，会先备份再升级。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="459"/>
        <source>Some records point at records that are not in the book (a link is broken). Nothing was changed; keep a copy of the book for support.</source>
        <translation>有些记录指向客户库中不存在的记录（关联已断开）。未做任何更改；请保留一份客户库副本以便技术支持查看。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="509"/>
        <source>No staff member is called %1.</source>
        <translation>没有名为 %1 的员工。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="527"/>
        <source>Call sheet</source>
        <translation>每日回访清单</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="529"/>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入 PDF 文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="531"/>
        <source>Call sheet for %1 written to %2 (customers: %3)</source>
        <translation>%1 的回访清单已写入 %2（客户数：%3）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="576"/>
        <location filename="../../app/cli.py" line="625"/>
        <source>Written to %1 (rows: %2)</source>
        <translation>已写入 %1（行数：%2）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="578"/>
        <source>Left out: %1 customers who have not agreed to marketing.</source>
        <translation>未列入：%1 位未同意接收营销信息的客户。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="587"/>
        <source>export the audit log (who did what to which record when) to an Excel workbook</source>
        <translation>把审计日志（谁在何时对哪条记录做了什么）导出到 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="590"/>
        <source>the first day (YYYY-MM-DD)</source>
        <translation>起始日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="591"/>
        <source>the last day (YYYY-MM-DD)</source>
        <translation>截止日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="592"/>
        <source>only what this staff member did (their login or number)</source>
        <translation>只看这位员工的操作（登录名或编号）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="593"/>
        <source>only this action (create, change, archive, export...)</source>
        <translation>只看这种操作（create、change、archive、export…）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="609"/>
        <source>The last day comes before the first.</source>
        <translation>截止日早于起始日。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="706"/>
        <source>The file to write must end in %1: %2</source>
        <translation>要写入的文件必须以 %1 结尾：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="710"/>
        <location filename="../../app/cli.py" line="1097"/>
        <source>%1 is the book itself: choose another file to write.</source>
        <translation>%1 是客户库本身：请选择另一个文件来写入。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="719"/>
        <source>Restores here are of a book file; a book on a database server is restored by the server&apos;s own tools (pg_restore from a backup that guanxi backup wrote).</source>
        <translation>这里只能恢复客户簿文件；数据库服务器上的客户簿用服务器自己的工具恢复（用 pg_restore 恢复 guanxi backup 写出的备份）。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="801"/>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>正在复制 %1：%2 / %3 行</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="802"/>
        <location filename="../../app/cli.py" line="1110"/>
        <source>Checking %1: %2 of %3 rows</source>
        <translation>正在核对 %1：%2 / %3 行</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="813"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="813"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="814"/>
        <source>Content hash</source>
        <translation>内容校验值</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="816"/>
        <source>(started afresh, not copied)</source>
        <translation>（重新开始，未复制）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="821"/>
        <source>Copied %1 to %2 in %3 s: every table checked (rows and content).</source>
        <translation>已将 %1 复制到 %2，用时 %3 秒：每张表都已核对（行数和内容）。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="844"/>
        <source>No password was given: type it when asked, or set GUANXI_PASSWORD (GUANXI_NEW_PASSWORD for a new account&apos;s).</source>
        <translation>没有提供密码：请在提示时输入，或设置 GUANXI_PASSWORD（新账号的密码用 GUANXI_NEW_PASSWORD）。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="857"/>
        <source>This book has staff accounts: say who you are with --user LOGIN (or GUANXI_USER); the password is asked, or taken from GUANXI_PASSWORD. Nothing was read or changed.</source>
        <translation>此账本有员工账户：请用 --user 登录名（或 GUANXI_USER）说明您是谁；密码会询问，或取自 GUANXI_PASSWORD。未读取或更改任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="862"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="875"/>
        <source>list, add or deactivate staff and their accounts</source>
        <translation>列出、添加或停用员工及其账号</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="877"/>
        <source>every staff member: login, role, phone, active</source>
        <translation>所有员工：登录名、角色、电话、是否在职</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="879"/>
        <source>add a staff member (with --login, an account: the password is asked twice, or GUANXI_NEW_PASSWORD)</source>
        <translation>添加员工（带 --login 即同时建账号：密码会询问两次，或用 GUANXI_NEW_PASSWORD）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="881"/>
        <source>the name as the lists show it</source>
        <translation>列表中显示的姓名</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="882"/>
        <source>the sign-in name (without it: no account)</source>
        <translation>登录名（不填：不建账号）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="884"/>
        <source>the role (default: advisor)</source>
        <translation>角色（默认：销售顾问）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="885"/>
        <source>the work phone</source>
        <translation>工作电话</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="886"/>
        <source>mark a staff member as gone (never deleted: kept on old records)</source>
        <translation>将员工标为已离职（绝不删除：旧记录上仍保留）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="888"/>
        <source>the staff member&apos;s login</source>
        <translation>员工的登录名</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="889"/>
        <source>hand a staff member&apos;s customers and open follow-ups over to others, in one step</source>
        <translation>一步把一名员工的客户和未完成的跟进移交给其他人</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="891"/>
        <source>the login of the staff member who leaves</source>
        <translation>离职员工的登录名</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="892"/>
        <source>the logins of those who take over, separated by commas</source>
        <translation>接手人的登录名，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="894"/>
        <source>even: the same number each; tier: each value tier shared out evenly (default: even)</source>
        <translation>even：每人数量相同；tier：每个价值等级平均分配（默认：even）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="903"/>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="904"/>
        <source>The new password again: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="905"/>
        <source>The two passwords are not the same. Nothing was changed.</source>
        <translation>两次输入的密码不一致。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="924"/>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="924"/>
        <source>gone</source>
        <translation>已离职</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="926"/>
        <location filename="../../app/cli.py" line="993"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="926"/>
        <location filename="../../app/cli.py" line="993"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="926"/>
        <location filename="../../app/cli.py" line="993"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="926"/>
        <location filename="../../app/cli.py" line="994"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="927"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="938"/>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="943"/>
        <location filename="../../app/cli.py" line="962"/>
        <source>Nobody signs in as %1.</source>
        <translation>没有人使用登录名 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="945"/>
        <source>%1 is deactivated (kept on every record).</source>
        <translation>%1 已停用（所有记录上仍保留）。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="967"/>
        <source>Handed over from %1 to %2</source>
        <comment>a timeline note: %1 the leaver, %2 the receiver</comment>
        <translation>由 %1 移交给 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="975"/>
        <source>Handed over from %1: %2 customers, %3 open follow-ups.</source>
        <translation>已从 %1 移交：%2 位客户，%3 条未完成跟进。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="979"/>
        <source>%1: %2 customers, %3 follow-ups</source>
        <translation>%1：%2 位客户，%3 条跟进</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="994"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="995"/>
        <source>From</source>
        <translation>移交人</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="995"/>
        <source>To</source>
        <translation>接手人</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1000"/>
        <source>a person&apos;s data on request</source>
        <translation>个人数据查询（应本人要求）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1002"/>
        <source>write everything the book holds about one customer to a JSON file and a workbook</source>
        <translation>把客户簿中关于一位客户的全部数据写入一个 JSON 文件和一个工作簿</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1004"/>
        <location filename="../../app/cli.py" line="1008"/>
        <source>the customer&apos;s number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1005"/>
        <source>the folder to write customer-N.json and customer-N.xlsx into</source>
        <translation>写入 customer-N.json 和 customer-N.xlsx 的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1006"/>
        <source>erase one customer&apos;s personal data on their request (the owner; counts and amounts are kept)</source>
        <translation>应客户本人要求删除其个人数据（仅店主；保留数量和金额）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1009"/>
        <source>why (kept in the audit log)</source>
        <translation>原因（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1010"/>
        <source>do not ask whether you are sure</source>
        <translation>不再询问是否确定</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1017"/>
        <source>Say why with --reason (it is kept in the audit log).</source>
        <translation>请用 --reason 说明原因（会记入审计日志）。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1019"/>
        <source>Nothing was erased: confirm with --yes when no one is at a terminal to be asked.</source>
        <translation>未删除任何内容：无人在终端应答时，请用 --yes 确认。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1029"/>
        <source>Erase %1 (customer %2)? Their name, phones, addresses, notes, family and their cars&apos; VIN and plate are removed for good; backups taken before still hold them. Type yes to erase: </source>
        <translation>删除 %1（客户 %2）？其姓名、电话、地址、备注、家人以及车辆的 VIN 和车牌将被永久删除；之前的备份仍保留这些数据。输入 yes 确认删除：</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1037"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1038"/>
        <source>Nothing was erased.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1041"/>
        <source>Customer %1 erased: now %2, with the counts and amounts kept. Backups taken before still hold the person.</source>
        <translation>客户 %1 已删除：现显示为 %2，数量和金额已保留。之前的备份仍保留此人的数据。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1051"/>
        <source>a customer&apos;s number is from %1 to %2, not %3</source>
        <translation>客户编号应在 %1 到 %2 之间，而不是 %3</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1079"/>
        <source>write an anonymised copy of the book for support: every name, phone, address, VIN, plate, WeChat id and note made up, the rest kept</source>
        <translation>为技术支持写出账本的匿名副本：所有姓名、电话、地址、VIN、车牌、微信号和备注均为虚构，其余保留</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1080"/>
        <source>the book (a SQLite file or a database URL); it is only read</source>
        <translation>账本（SQLite 文件或数据库地址）；只读取不修改</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1081"/>
        <source>the copy&apos;s file (a new SQLite book)</source>
        <translation>副本文件（新的 SQLite 账本）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1082"/>
        <source>write over the file --out names if it exists</source>
        <translation>如果 --out 指定的文件已存在则覆盖</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1090"/>
        <source>%1 is a folder: give the name of the file to write the copy to.</source>
        <translation>%1 是一个文件夹：请给出副本要写入的文件名。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1137"/>
        <source>bring customers and their vehicles in from an .xlsx or .csv sheet (all or nothing, a backup first)</source>
        <translation>从 .xlsx 或 .csv 表格导入客户及其车辆（要么全部导入、要么一条不改，导入前先备份）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1138"/>
        <source>the book (a SQLite file or a database URL)</source>
        <translation>客户库（SQLite 文件或数据库 URL）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1139"/>
        <source>the sheet: .xlsx, .csv or .txt</source>
        <translation>要导入的表格：.xlsx、.csv 或 .txt</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1140"/>
        <source>the workbook&apos;s sheet (default: the first visible one)</source>
        <translation>工作簿中的工作表（默认：第一个可见的工作表）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1141"/>
        <source>a text file&apos;s encoding (default: detected)</source>
        <translation>文本文件的编码（默认：自动识别）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1142"/>
        <source>a text file&apos;s delimiter (default: detected)</source>
        <translation>文本文件的分隔符（默认：自动识别）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1143"/>
        <source>auto (the columns&apos; names, or the mapping last chosen for this header) or a JSON file {&quot;header or column number&quot;: &quot;field&quot; or null}</source>
        <translation>auto（按列名识别，或沿用上次为同样表头选定的对应关系），或一个 JSON 文件 {&quot;列名或列号&quot;: &quot;字段&quot; 或 null}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1144"/>
        <source>a row whose phone or VIN is a customer&apos;s already: update that customer (default), skip the row, or add it anyway</source>
        <translation>手机号或车架号已属于某位客户的行：更新该客户（默认）、跳过该行，或仍作为新客户添加</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1145"/>
        <source>an update changes fields that are filled already (default: it only fills empty ones)</source>
        <translation>更新时覆盖已填写的字段（默认：只填写空字段）</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1146"/>
        <source>say what the import would do; write nothing</source>
        <translation>只说明导入将做什么，不写入任何内容</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1147"/>
        <source>write the rejected rows, with the reason, to this workbook (.xlsx) to correct and import again</source>
        <translation>把被拒绝的行连同原因写入此工作簿（.xlsx），改正后可再次导入</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1163"/>
        <source>The mapping file could not be read: %1</source>
        <translation>无法读取列对应文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1165"/>
        <source>The mapping file is not JSON: %1</source>
        <translation>列对应文件不是 JSON 格式：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1167"/>
        <source>The mapping file must hold one object: {&quot;header or column number&quot;: &quot;field&quot; or null}.</source>
        <translation>列对应文件必须只包含一个对象：{&quot;列名或列号&quot;: &quot;字段&quot; 或 null}。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1171"/>
        <source>%1 is not a field; the fields are: %2</source>
        <translation>%1 不是可导入的字段；可用字段为：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1174"/>
        <source>The sheet has no column %1.</source>
        <translation>表格中没有 %1 这一列。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1192"/>
        <source>%1 is the sheet being imported: write the rejected rows to another file.</source>
        <translation>%1 就是正在导入的表格：请把被拒绝的行写入另一个文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1208"/>
        <source>No column of the sheet is the customers&apos; name: name it in a mapping file (--mapping). The columns are: %1</source>
        <translation>表格中没有哪一列是客户姓名：请在列对应文件（--mapping）中指定。表格的列为：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1211"/>
        <source>Columns: %1</source>
        <translation>列对应：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1215"/>
        <source>Checking rows: %1 of %2</source>
        <translation>正在检查行：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1216"/>
        <source>Taking a backup of the book first</source>
        <translation>正在先备份客户库</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1217"/>
        <source>Writing: %1 of %2 rows</source>
        <translation>正在写入：%1 / %2 行</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1235"/>
        <source>Rows in: %1 = created %2 + updated %3 + unchanged %4 + skipped as duplicates %5 + rejected %6</source>
        <translation>读入行数：%1 = 新建 %2 + 更新 %3 + 无变化 %4 + 作为重复跳过 %5 + 拒绝 %6</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1241"/>
        <source>Not rows of customers: %1 empty rows, %2 total rows.</source>
        <translation>不是客户的行：空行 %1 行，合计行 %2 行。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1245"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1248"/>
        <source>… and %1 more rejected rows.</source>
        <translation>… 另有 %1 行被拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1253"/>
        <source>Why it was rejected</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1254"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1258"/>
        <source>Rejected rows written to %1 (%2 rows, the reason in the last column): correct them there and import that file.</source>
        <translation>被拒绝的行已写入 %1（%2 行，最后一列为原因）：请在其中改正后导入该文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1261"/>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1263"/>
        <source>Vehicles added: %1, updated: %2.</source>
        <translation>新增车辆：%1 辆，更新车辆：%2 辆。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1266"/>
        <source>The book as it was before is kept in %1.</source>
        <translation>导入前的客户库已保存在 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1267"/>
        <source>Imported in %1 s.</source>
        <translation>导入用时 %1 秒。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="350"/>
        <location filename="../../app/cli.py" line="1093"/>
        <source>There is no folder %1: make it first, or write the copy somewhere else. Nothing was written.</source>
        <translation>文件夹 %1 不存在：请先创建，或把副本写到别处。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1100"/>
        <source>%1 exists already: give --force to write over it, or choose another file. Nothing was written.</source>
        <translation>%1 已存在：加上 --force 以覆盖，或选择其他文件。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1108"/>
        <source>Making up names and numbers: %2 of %3 customers</source>
        <translation>正在生成虚构的姓名和号码：%2 / %3 位客户</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1109"/>
        <source>Anonymising %1: %2 of %3 rows</source>
        <translation>正在匿名化 %1：%2 / %3 行</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1122"/>
        <source>Anonymised copy written: %1 (%2 rows in %3 tables, each checked) in %4 s.</source>
        <translation>匿名副本已写出：%1（%3 张表共 %2 行，均已检查），用时 %4 秒。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1125"/>
        <source>Every name, phone number, address, VIN, plate, WeChat id, e-mail address and note in it is made up; ids, dates, amounts and counts are the book&apos;s. The staff&apos;s accounts were removed: the copy asks for an owner&apos;s account when it is first opened.</source>
        <translation>其中所有姓名、电话号码、地址、VIN、车牌、微信号、电子邮件地址和备注均为虚构；编号、日期、金额和数量与账本一致。员工账户已移除：首次打开副本时会要求创建店主账户。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1129"/>
        <source>The book&apos;s own audit log does not hold together (%1 entries break its chain); the copy&apos;s log is chained afresh. Run guanxi check on the book.</source>
        <translation>账本自身的审计日志不完整（%1 条条目断开了链）；副本的日志已重新链接。请对账本运行 guanxi check。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1025"/>
        <location filename="../../app/cli.py" line="1066"/>
        <source>There is no customer number %1 in this book.</source>
        <translation>这本客户簿中没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="1069"/>
        <source>Everything about customer %1 (%2 rows) written to %3 and %4.</source>
        <translation>客户 %1 的全部数据（%2 行）已写入 %3 和 %4。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="744"/>
        <location filename="../../app/cli.py" line="758"/>
        <source>Backup written and checked: %1 (%2 MB) in %3 s</source>
        <translation>备份已写入并通过校验：%1（%2 MB），用时 %3 秒</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="779"/>
        <source>%1 is the book itself, not a backup of it.</source>
        <translation>%1 是客户库本身，不是它的备份。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="790"/>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="793"/>
        <source>The book as it was is kept as %1.</source>
        <translation>原客户库已另存为 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="154"/>
        <source>Not a valid month (use YYYY-MM): %1</source>
        <translation>月份无效（请用 YYYY-MM）：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="651"/>
        <source>The last month comes before the first.</source>
        <translation>结束月份早于起始月份。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="675"/>
        <source>The report could not be written: %1</source>
        <translation>报告无法写入：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="679"/>
        <source>Report for %1 to %2 written to %3</source>
        <translation>%1 至 %2 的报告已写入 %3</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="683"/>
        <source>Charts saved in %1: %2</source>
        <translation>图表已保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="572"/>
        <location filename="../../app/cli.py" line="619"/>
        <location filename="../../app/cli.py" line="1256"/>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../app/ui/widgets/common.py" line="141"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/common.py" line="143"/>
        <source>Saved to %1 (rows: %2)</source>
        <translation>已保存到 %1（行数：%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/common.py" line="177"/>
        <location filename="../../app/ui/widgets/common.py" line="189"/>
        <location filename="../../app/ui/widgets/common.py" line="193"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/common.py" line="194"/>
        <source>The workbook could not be written. Nothing was changed.</source>
        <translation>无法写入工作簿，未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/common.py" line="203"/>
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消：没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/common.py" line="207"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="50"/>
        <source>Consents of %1</source>
        <translation>%1 的同意</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="51"/>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="66"/>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="136"/>
        <source>Granted</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="66"/>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="136"/>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="78"/>
        <source>e.g. signed at delivery, asked on the phone</source>
        <translation>例如：交车时签字、电话询问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="79"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="84"/>
        <source>Grant or withdraw</source>
        <translation>同意或撤回</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="86"/>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="101"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="89"/>
        <source>on</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="91"/>
        <source>by</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="93"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="94"/>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="102"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="99"/>
        <source>Consent history</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="101"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="101"/>
        <source>Granted or withdrawn</source>
        <translation>同意或撤回</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="102"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="102"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="116"/>
        <source>History (newest first)</source>
        <translation>历史记录（最新的在前）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/consent_dialog.py" line="167"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>ConsentLine</name>
    <message>
        <location filename="../../app/ui/widgets/consent_line.py" line="56"/>
        <source>Consents…</source>
        <translation>同意…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/consent_line.py" line="58"/>
        <source>Grant or withdraw a consent, and see its history</source>
        <translation>记录同意或撤回，并查看历史</translation>
    </message>
</context>
<context>
    <name>ConsentWords</name>
    <message>
        <location filename="../../app/presentation/consent_words.py" line="15"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../app/presentation/consent_words.py" line="27"/>
        <source>Recorded by %1</source>
        <translation>记录人：%1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="259"/>
        <source>Log a contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="260"/>
        <source>The next follow-up is set from the intent level.</source>
        <translation>下次跟进日期按意向级别设定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="268"/>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="277"/>
        <source>What was said</source>
        <translation>谈话内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="276"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="278"/>
        <source>Intent level</source>
        <translation>意向级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="279"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="121"/>
        <source>Customer card</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="211"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="213"/>
        <source>Save the card (Ctrl+S)</source>
        <translation>保存客户档案（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="215"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="975"/>
        <source>Cancel changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="216"/>
        <source>Undo the changes since the last save (Esc)</source>
        <translation>撤销上次保存以来的所有修改（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="222"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="827"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="236"/>
        <source>Details</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="237"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="498"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="787"/>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="238"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="526"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="793"/>
        <source>Timeline</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="250"/>
        <source>Log a contact: what was said (Enter to log)</source>
        <translation>记录联系：沟通内容（按 Enter 记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="252"/>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="36"/>
        <location filename="../../app/ui/widgets/card_lists.py" line="63"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="37"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="38"/>
        <source>VIN</source>
        <translation>车架号（VIN）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="311"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="39"/>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="40"/>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="43"/>
        <source>Insurance expires</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="45"/>
        <source>Inspection due</source>
        <translation>年检到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="47"/>
        <source>Warranty ends</source>
        <translation>质保到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="49"/>
        <source>Next service</source>
        <translation>下次保养</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="503"/>
        <source>New vehicle…</source>
        <translation>新增车辆…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="506"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="508"/>
        <source>Change owner…</source>
        <translation>变更车主…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="510"/>
        <source>Archive / restore</source>
        <translation>归档/恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="56"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="58"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="60"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_lists.py" line="62"/>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="330"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="570"/>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="473"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="585"/>
        <source>%1 (inactive)</source>
        <comment>an advisor who no longer works here</comment>
        <translation>%1（已离职）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="596"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="800"/>
        <source>No customer chosen</source>
        <translation>未选择客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/customer_card.py" line="786"/>
        <source>Vehicles (%n)</source>
        <translation>
            <numerusform>车辆 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/customer_card.py" line="792"/>
        <source>Timeline (%n)</source>
        <translation>
            <numerusform>联系记录 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="798"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="805"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="353"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="807"/>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="809"/>
        <source>No marketing</source>
        <translation>不接受营销</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="811"/>
        <source>Low satisfaction: manager to follow up</source>
        <translation>满意度低：待经理跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="813"/>
        <source>Wrong number: check the phone</source>
        <translation>号码错误：请核对电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="827"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="976"/>
        <source>Throw away the changes made on this card?</source>
        <translation>放弃对此客户档案所做的修改吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="376"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="1025"/>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="1062"/>
        <location filename="../../app/ui/widgets/customer_card.py" line="1064"/>
        <source>Not logged</source>
        <translation>未能记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="1129"/>
        <source>New owner</source>
        <translation>新车主</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="304"/>
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="218"/>
        <source>Close low-score flag</source>
        <translation>关闭低分标记</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="220"/>
        <source>The manager has followed up the low satisfaction score</source>
        <translation>经理已跟进该低满意度评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="240"/>
        <source>Family and dates</source>
        <translation>家人与重要日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="243"/>
        <source>Service</source>
        <translation>售后记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="292"/>
        <source>Show the full phone numbers and address (written to the audit log)</source>
        <translation>显示完整的电话号码和地址（会记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="311"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="312"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="335"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="339"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="352"/>
        <source>Comma separated, e.g. VIP, Fleet</source>
        <translation>多个标签用逗号分隔，例如：VIP，车队</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="354"/>
        <source>Agrees to marketing</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="362"/>
        <source>Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="363"/>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="364"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="365"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="366"/>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="367"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="368"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="369"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="370"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="371"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="372"/>
        <source>Hobbies</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="373"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="374"/>
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="375"/>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="377"/>
        <source>Advisor</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="378"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="379"/>
        <source>Marketing</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="380"/>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="381"/>
        <source>Consent channel</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="382"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="443"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="453"/>
        <source>Sales</source>
        <translation>销售信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/customer_card.py" line="446"/>
        <source>Personal</source>
        <translation>个人信息</translation>
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
        <location filename="../../app/ui/models/customer_table.py" line="57"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="58"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="59"/>
        <source>Plates</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="60"/>
        <source>Advisor</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="61"/>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="62"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="307"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/customer_table.py" line="309"/>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="47"/>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="50"/>
        <source>Name, pinyin, phone, plate or VIN (Ctrl+F)</source>
        <translation>姓名、拼音、电话、车牌或车架号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="52"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="57"/>
        <source>Segments</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="61"/>
        <source>Filter by tier, RFM, vehicles, buyer, models, key account, visits and tag</source>
        <translation>按层级、RFM、车辆数、购车次数、车型档次、重点客户、进店情况和标签筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="65"/>
        <source>Call these customers…</source>
        <translation>给这些客户打电话…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="68"/>
        <source>Put every customer of the list on the call sheet of their advisor</source>
        <translation>把列表中的每位客户放进其顾问的电话清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="71"/>
        <source>Export for marketing…</source>
        <translation>导出用于营销…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="74"/>
        <source>Export the list as shown, only the customers who agreed to marketing</source>
        <translation>导出当前列表中同意接收营销信息的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="82"/>
        <source>Customers</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="102"/>
        <source>Opening the book…</source>
        <translation>正在打开客户库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="281"/>
        <source>Working out customer values…</source>
        <translation>正在计算客户价值…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="294"/>
        <source>The segment could not be worked out.</source>
        <translation>无法计算该细分。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="331"/>
        <source>%n call(s) put on the call sheets.</source>
        <translation>
            <numerusform>已把 %n 个电话放进电话清单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="333"/>
        <source>%n customer(s) already had one open.</source>
        <translation>
            <numerusform>%n 位客户已有未完成的同类电话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="336"/>
        <source>%n customer(s) skipped: no marketing consent.</source>
        <translation>
            <numerusform>已跳过 %n 位客户：未同意营销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="368"/>
        <source>More than %n customer(s), counting…</source>
        <translation>
            <numerusform>超过 %n 位客户，正在计数…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="370"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="441"/>
        <source>Export customers for marketing</source>
        <translation>导出客户用于营销</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="442"/>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/customers_view.py" line="443"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/customers_view.py" line="453"/>
        <source>Exported for marketing: %n customer(s) left out (no marketing consent).</source>
        <translation>
            <numerusform>已导出用于营销：%n 位客户未列入（未同意营销）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedBookDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="20"/>
        <source>The book is damaged</source>
        <translation>客户库已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="26"/>
        <source>The book is damaged: SQLite&apos;s check of the file found errors (this happens after a power cut, a failing disk or a full network drive). Nothing more will be written to it.

Restore the newest good backup: the damaged file is kept aside, renamed, never deleted. Or open the damaged book read-only to save what can still be read (export lists, print), then restore a backup.</source>
        <translation>客户库已损坏：SQLite 检查该文件时发现了错误（停电、硬盘故障或网络驱动器已满时可能出现这种情况）。之后不会再向其中写入任何内容。

请恢复最新的完好备份：损坏的文件会改名另存，绝不会删除。也可以先以只读方式打开损坏的客户库，抢救仍可读取的内容（导出列表、打印），然后再恢复备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="33"/>
        <source>The book file cannot be read: it is empty, or its beginning was overwritten (this happens after a power cut, a failing disk, or another program writing to it). Guanxi has written nothing to it.

Restore the newest good backup: the file as it is now is kept aside, renamed, never deleted. Or close Guanxi.</source>
        <translation>无法读取客户库文件：它是空的，或者开头部分被覆盖了（断电、磁盘故障或其他程序写入它时会出现这种情况）。Guanxi 没有向它写入任何内容。

请恢复最新的完好备份：当前的文件会被重命名后保留在旁边，绝不会被删除。或者关闭 Guanxi。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="39"/>
        <source>Book: %1</source>
        <translation>客户库：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="49"/>
        <source>Restore the newest good backup</source>
        <translation>恢复最新的完好备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="51"/>
        <source>Open it read-only to save what can be read</source>
        <translation>以只读方式打开，抢救可读取的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/damaged_dialog.py" line="56"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="99"/>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="99"/>
        <source>To month</source>
        <translation>结束月份</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="105"/>
        <location filename="../../app/ui/views/dashboard_view.py" line="133"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="106"/>
        <location filename="../../app/ui/views/dashboard_view.py" line="357"/>
        <source>All advisors</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="108"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="114"/>
        <source>Computing the charts</source>
        <translation>正在计算图表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="115"/>
        <source>Computing the charts… %p%</source>
        <translation>正在计算图表… %p%</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="128"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="130"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="187"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="189"/>
        <source>Save %1 as PNG</source>
        <translation>把“%1”另存为 PNG</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="270"/>
        <source>The charts could not be computed: %1</source>
        <translation>图表无法计算：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="298"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="334"/>
        <source>Save chart as PNG</source>
        <translation>把图表另存为 PNG</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="335"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="344"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="345"/>
        <source>The picture could not be written. Nothing was changed.</source>
        <translation>图片无法写入，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="361"/>
        <source>%1 to %2 · %3 · as of %4</source>
        <translation>%1 至 %2 · %3 · 截至 %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="380"/>
        <source>The charts are still being computed.</source>
        <translation>图表仍在计算中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="384"/>
        <location filename="../../app/ui/views/dashboard_view.py" line="385"/>
        <source>Owner&apos;s dashboard</source>
        <translation>经营看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="392"/>
        <source>Export dashboard</source>
        <translation>导出经营看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/dashboard_view.py" line="393"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="440"/>
        <source>Deliver</source>
        <translation>交车</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="441"/>
        <source>The vehicle is added to the customer&apos;s card (bought here); calls after the delivery are put on the advisor&apos;s call sheet (days %1).</source>
        <translation>车辆会添加到客户卡片（本店购买）；交车后的关怀回访会排入顾问的回访清单（第 %1 天）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="454"/>
        <source>Empty until registered</source>
        <translation>上牌前可留空</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="461"/>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="461"/>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="462"/>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="462"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="463"/>
        <source>Delivered on</source>
        <translation>交车日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="463"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="464"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <location filename="../../app/ui/desk_session.py" line="59"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="61"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="88"/>
        <source>Signed in: %1 · %2</source>
        <translation>已登录：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="89"/>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
</context>
<context>
    <name>DriveDoneDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="522"/>
        <source>Test drive done</source>
        <translation>试驾完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="525"/>
        <source>Driving licence seen</source>
        <translation>已查验驾驶证</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="527"/>
        <source>What the prospect said about the car</source>
        <translation>客户对车的评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="530"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="33"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="33"/>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="33"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="34"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="68"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>DuplicatePhone</name>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="34"/>
        <source>advisor %1</source>
        <translation>顾问 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="36"/>
        <source>on file since %1</source>
        <translation>%1 建档</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="38"/>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="46"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="49"/>
        <source>%1 is already the number of %n customer(s):</source>
        <translation>
            <numerusform>%1 已是以下 %n 位客户的号码：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="57"/>
        <source>Number already on file</source>
        <translation>号码已存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="63"/>
        <source>If this is the same customer, open that card (what was typed here is not saved). If two customers really share the number (a couple, a company&apos;s switchboard), save anyway. Cancel goes back to the card to change the number; nothing is saved.</source>
        <translation>如果是同一位客户，请打开那份客户档案（此处输入的内容不会保存）。如果两位客户确实共用这个号码（如夫妻、公司总机），请选择“仍然保存”。选择“取消”则返回档案修改号码，不保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="67"/>
        <source>Open that card</source>
        <translation>打开该客户档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="69"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicate_phone.py" line="71"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="58"/>
        <source>Find duplicates</source>
        <translation>查找重复客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="72"/>
        <source>Looking for duplicates</source>
        <translation>正在查找重复客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="77"/>
        <source>First customer</source>
        <translation>客户一</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="77"/>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="78"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="77"/>
        <source>Second customer</source>
        <translation>客户二</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="78"/>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="78"/>
        <source>Why alike</source>
        <translation>相似原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="80"/>
        <source>Likely duplicates</source>
        <translation>可能重复的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="85"/>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="87"/>
        <source>Merge the two customers, choosing which details to keep</source>
        <translation>合并这两位客户，并选择保留哪些信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="90"/>
        <source>Look &amp;again</source>
        <translation>重新查找(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="109"/>
        <source>Looking for customers who may be one person…</source>
        <translation>正在查找可能是同一人的客户…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="148"/>
        <source>No likely duplicates found among the active customers.</source>
        <translation>在现有客户中没有发现可能重复的客户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="150"/>
        <source>The %1 likeliest pairs of customers who may be one person, the likeliest first. Merge those that are; the rest are listed again after a merge.</source>
        <translation>最可能是同一人的 %1 对客户，最可能的排在前面。确是同一人的请合并；合并后其余的会重新列出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/duplicates_dialog.py" line="154"/>
        <source>%1 pairs of customers who may be one person, the likeliest first. Choose a pair and Merge… those that are.</source>
        <translation>%1 对可能是同一人的客户，最可能的排在前面。选中一对，确是同一人的请点“合并…”。</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="33"/>
        <source>Erase this person</source>
        <translation>删除此人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="36"/>
        <source>&lt;p&gt;&lt;b&gt;Erase %1 (customer %2) for good?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Removed from the book: the name, phone numbers, WeChat, e-mail, address, birthday, notes, family members and dates, what the timeline, follow-ups and visits say, and the VIN and plate of their cars. They will not be found by any search, and the card will show %3.&lt;/p&gt;&lt;p&gt;Kept for the statistics: visits, amounts, dates, counts and advisors.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Backups taken before still hold this person&lt;/b&gt;: delete or replace them if the request covers them. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;永久删除 %1（客户 %2）？&lt;/b&gt;&lt;/p&gt;&lt;p&gt;将从账本中删除：姓名、电话号码、微信、电子邮件、地址、生日、备注、家人及纪念日、时间线、跟进和到店记录中的文字，以及其车辆的 VIN 和车牌。任何搜索都将找不到此人，卡片将显示为 %3。&lt;/p&gt;&lt;p&gt;为统计保留：到店记录、金额、日期、数量和顾问。&lt;/p&gt;&lt;p&gt;&lt;b&gt;之前的备份仍保留此人的数据&lt;/b&gt;：如果请求也涉及备份，请删除或替换它们。此操作无法撤销。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="49"/>
        <source>Type the customer&apos;s name to confirm:</source>
        <translation>输入客户姓名以确认：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="52"/>
        <source>The customer&apos;s name, typed to confirm</source>
        <translation>输入客户姓名以确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="55"/>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="79"/>
        <source>Erase this person</source>
        <translation>删除此人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="81"/>
        <source>This person&apos;s data has already been erased.</source>
        <translation>此人的数据已被删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="84"/>
        <source>Why is %1&apos;s data erased? (kept in the audit log; for example, &quot;asked in writing on 3 May&quot;)</source>
        <translation>为什么删除 %1 的数据？（会记入审计日志；例如“5月3日书面申请”）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="91"/>
        <source>Nothing was erased: a reason is needed.</source>
        <translation>未删除任何内容：需要说明原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="100"/>
        <source>Erased. The card now shows %1; visits, amounts and counts are kept. Backups taken before still hold this person.</source>
        <translation>已删除。卡片现显示为 %1；到店记录、金额和数量已保留。之前的备份仍保留此人的数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="106"/>
        <source>Erasing…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="113"/>
        <source>Export this person&apos;s data</source>
        <translation>导出此人的数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="120"/>
        <source>Everything the book holds about this person (%1 rows) was written to %2 and %3.</source>
        <translation>账本中关于此人的全部内容（%1 行）已写入 %2 和 %3。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/erase_dialog.py" line="126"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../app/presentation/exports.py" line="26"/>
        <source>Customers</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="28"/>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="29"/>
        <source>Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="30"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="31"/>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="32"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="33"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="34"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="35"/>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="36"/>
        <source>Birth month</source>
        <translation>出生月份</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="37"/>
        <source>Birth day</source>
        <translation>出生日</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="38"/>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="39"/>
        <location filename="../../app/presentation/exports.py" line="214"/>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="40"/>
        <location filename="../../app/presentation/exports.py" line="106"/>
        <location filename="../../app/presentation/exports.py" line="125"/>
        <location filename="../../app/presentation/exports.py" line="164"/>
        <location filename="../../app/presentation/exports.py" line="210"/>
        <source>Advisor</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="41"/>
        <location filename="../../app/presentation/exports.py" line="170"/>
        <source>Plates</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="42"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="43"/>
        <location filename="../../app/presentation/exports.py" line="107"/>
        <location filename="../../app/presentation/exports.py" line="172"/>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="44"/>
        <source>Marketing consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="45"/>
        <location filename="../../app/presentation/exports.py" line="216"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="46"/>
        <location filename="../../app/presentation/exports.py" line="219"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="47"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="96"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="98"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="99"/>
        <source>Call from</source>
        <translation>开始联系</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="100"/>
        <location filename="../../app/presentation/exports.py" line="129"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="101"/>
        <location filename="../../app/presentation/exports.py" line="127"/>
        <location filename="../../app/presentation/exports.py" line="166"/>
        <location filename="../../app/presentation/exports.py" line="208"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="102"/>
        <location filename="../../app/presentation/exports.py" line="128"/>
        <location filename="../../app/presentation/exports.py" line="167"/>
        <location filename="../../app/presentation/exports.py" line="209"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="103"/>
        <location filename="../../app/presentation/exports.py" line="190"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="104"/>
        <location filename="../../app/presentation/exports.py" line="130"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="105"/>
        <location filename="../../app/presentation/exports.py" line="131"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="123"/>
        <source>Follow-ups</source>
        <translation>回访任务</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="126"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="132"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="133"/>
        <source>Attempts</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="134"/>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="135"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="136"/>
        <location filename="../../app/presentation/exports.py" line="173"/>
        <source>Handwritten notes</source>
        <translation>手写备注</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="162"/>
        <source>Call sheet</source>
        <translation>回访清单</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="165"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="168"/>
        <source>Reasons</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="169"/>
        <source>Earliest due</source>
        <translation>最早到期日</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="171"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="183"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="185"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="186"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="187"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="188"/>
        <source>Record kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="189"/>
        <source>Record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="206"/>
        <source>Leads</source>
        <translation>潜客</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="211"/>
        <source>Models</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="212"/>
        <source>Level</source>
        <translation>意向级别</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="213"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="215"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="217"/>
        <source>Quiet days</source>
        <translation>未联系天数</translation>
    </message>
    <message>
        <location filename="../../app/presentation/exports.py" line="218"/>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/widgets/fields.py" line="143"/>
        <source>%1: %2</source>
        <comment>a field&apos;s name, then what is wrong with it</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="53"/>
        <source>New follow-up</source>
        <translation>新建回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="58"/>
        <source>A call to make to %1: it goes on the call sheet of the advisor chosen from the day due.</source>
        <translation>给%1安排一次回访：从到期日起列入所选顾问的回访清单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="71"/>
        <source>Nobody</source>
        <translation>不指定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="75"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="80"/>
        <source>What the call is about, for the advisor</source>
        <translation>回访内容，供顾问参考</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="84"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="85"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="86"/>
        <source>Advisor</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="87"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="88"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/followup_dialog.py" line="128"/>
        <source>This customer is no longer in the book (another desk removed them); nothing was saved. Close this window and search again.</source>
        <translation>该客户已不在客户库中（已在另一台电脑上被删除），未保存任何内容。请关闭此窗口后重新查找。</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="83"/>
        <source>To call (open and snoozed)</source>
        <translation>待回访（待处理和已推迟）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="84"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="85"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="86"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="89"/>
        <source>All advisors</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="90"/>
        <source>Only overdue for the manager</source>
        <translation>仅显示逾期待经理处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="50"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="51"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="53"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="54"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="55"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="57"/>
        <location filename="../../app/ui/views/followups_view.py" line="140"/>
        <source>Advisor</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="58"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="61"/>
        <source>Attempts</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="63"/>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="65"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="100"/>
        <source>Follow-ups</source>
        <translation>回访任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="105"/>
        <source>Notes on the call (optional), then an outcome key 1–5</source>
        <translation>通话备注（选填），然后按 1–5 键选择回访结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="108"/>
        <source>After-service calls: the customer&apos;s score</source>
        <translation>售后回访：客户评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="109"/>
        <source>Score —</source>
        <translation>评分 —</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="111"/>
        <source>Score %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="126"/>
        <source>Snooze…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="128"/>
        <source>Cancel follow-up</source>
        <translation>取消回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="132"/>
        <source>Reassign to…</source>
        <translation>转派给…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="133"/>
        <source>Reassign selected</source>
        <translation>转派所选</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/followups_view.py" line="180"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 条回访任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="207"/>
        <location filename="../../app/ui/views/followups_view.py" line="209"/>
        <source>Not logged</source>
        <translation>未能记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="220"/>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="220"/>
        <source>Call again on:</source>
        <translation>下次致电日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="252"/>
        <source>Export follow-ups</source>
        <translation>导出回访任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/followups_view.py" line="253"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="392"/>
        <source>Hand over the customers of %1</source>
        <translation>移交 %1 的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="396"/>
        <source>%1 has %2 customers and %3 open follow-ups. Choose who takes them over; a follow-up goes with its customer.</source>
        <translation>%1 有 %2 位客户和 %3 条未完成的跟进。请选择接手人；跟进随客户一起移交。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="413"/>
        <source>Evenly (the same number each)</source>
        <translation>平均（每人数量相同）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="414"/>
        <source>By value tier (each gets a fair share of the best customers)</source>
        <translation>按价值等级（每人公平分到优质客户）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="417"/>
        <source>Takes over</source>
        <translation>接手</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="417"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="418"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="421"/>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="427"/>
        <source>Spread</source>
        <translation>分配方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="433"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="477"/>
        <source>Handed over from %1 to %2</source>
        <comment>a timeline note: %1 the leaver, %2 the receiver</comment>
        <translation>由 %1 移交给 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="490"/>
        <source>Handing over…</source>
        <translation>正在移交…</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="43"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="43"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="49"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="43"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="54"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="81"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="57"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="84"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="63"/>
        <source>Month </source>
        <translation>月 </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="64"/>
        <source>Day </source>
        <translation>日 </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="65"/>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="70"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="70"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="70"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="79"/>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="76"/>
        <source>What (e.g. the child&apos;s exam)</source>
        <translation>事项（如：孩子高考）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="90"/>
        <source>Important dates</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="179"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="187"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="191"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="201"/>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/household_panel.py" line="188"/>
        <location filename="../../app/ui/widgets/household_panel.py" line="191"/>
        <source>Give the date (YYYY-MM-DD).</source>
        <translation>请填写日期（YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="117"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="144"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="147"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="388"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="151"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="172"/>
        <source>An Excel workbook (.xlsx) or a text file (.csv, .txt)</source>
        <translation>Excel 工作簿（.xlsx）或文本文件（.csv、.txt）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="173"/>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="175"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="187"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="187"/>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="188"/>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="193"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="206"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="209"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="210"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="211"/>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="222"/>
        <source>Choose the sheet of customers to bring into the book: an Excel workbook (.xlsx) or a text file (.csv, .txt) as another program exports it. Nothing is written before the last step, and a backup of the book is taken first.</source>
        <translation>选择要导入客户库的客户表：其他程序导出的 Excel 工作簿（.xlsx）或文本文件（.csv、.txt）。最后一步之前不会写入任何内容，写入前会先备份客户库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="243"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="243"/>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="243"/>
        <source>Values in the sheet</source>
        <translation>表中的值</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="244"/>
        <source>Goes to</source>
        <translation>导入到</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="268"/>
        <source>update that customer</source>
        <translation>更新该客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="269"/>
        <source>skip the row</source>
        <translation>跳过这一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="270"/>
        <source>add it as a new customer anyway</source>
        <translation>仍作为新客户添加</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="273"/>
        <source>Overwrite fields that are filled in the book with the sheet&apos;s values</source>
        <translation>用表中的值覆盖客户库中已填写的字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="278"/>
        <source>Every row</source>
        <translation>所有行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="287"/>
        <source>Checking the rows against the book… %p%</source>
        <translation>正在与客户库核对各行… %p%</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="289"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="687"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="308"/>
        <source>When a row matches a customer in the book (same phone or VIN):</source>
        <translation>某行与客户库中的客户匹配时（电话或车架号相同）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="318"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="335"/>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="346"/>
        <source>Save rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="371"/>
        <source>1. File</source>
        <translation>1. 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="371"/>
        <source>2. Columns</source>
        <translation>2. 列</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="371"/>
        <source>3. Preview</source>
        <translation>3. 预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="372"/>
        <source>4. Import</source>
        <translation>4. 导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="382"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="385"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="429"/>
        <source>Import customers from</source>
        <translation>从此文件导入客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="430"/>
        <source>Sheets (*.xlsx *.xlsm *.csv *.txt *.tsv)</source>
        <translation>表格（*.xlsx *.xlsm *.csv *.txt *.tsv）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="430"/>
        <source>All files (*)</source>
        <translation>所有文件（*）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="498"/>
        <source>Sheet “%1”:</source>
        <translation>工作表“%1”：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="499"/>
        <source>the header is on row %1;</source>
        <translation>表头在第 %1 行；</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="500"/>
        <source>%n row(s) below it,</source>
        <translation>
            <numerusform>其下有 %n 行，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="501"/>
        <source>%n column(s).</source>
        <translation>
            <numerusform>共 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="530"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="530"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="531"/>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16（Unicode 文本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="532"/>
        <source>GB18030 / GBK (Chinese)</source>
        <translation>GB18030 / GBK（中文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="538"/>
        <source>Each column of the sheet goes to a field of the customer or of their car, or is left out. The fields were chosen as last time for a sheet with these headers: change any of them.</source>
        <translation>表中的每一列导入到客户或其车辆的一个字段，或不导入。这些字段沿用了上次为相同表头选定的对应关系：可以逐一修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="541"/>
        <source>Each column of the sheet goes to a field of the customer or of their car, or is left out. The fields were found from the headers: change any of them.</source>
        <translation>表中的每一列导入到客户或其车辆的一个字段，或不导入。这些字段是根据表头识别的：可以逐一修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="553"/>
        <source>%1 (hidden)</source>
        <translation>%1（隐藏）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="563"/>
        <source>Field of column %1</source>
        <translation>第 %1 列的字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="594"/>
        <source>“%1” went to column %2: that column is now left out (a field takes one column).</source>
        <translation>“%1”原来对应第 %2 列：该列现改为不导入（一个字段只对应一列）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="606"/>
        <source>No column goes to the customer&apos;s name: choose the column that holds it.</source>
        <translation>没有哪一列对应客户姓名：请选择存放姓名的那一列。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="628"/>
        <source>Reading the rows…</source>
        <translation>正在读取各行…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="636"/>
        <source>%n row(s) to import; checking them against the book…</source>
        <translation>
            <numerusform>共 %n 行待导入；正在与客户库核对…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="670"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="676"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="682"/>
        <source>Check again</source>
        <translation>重新核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="678"/>
        <source>Checking stopped: what each row would do is not known yet. Press Check again to check the rows, or change an option.</source>
        <translation>核对已停止：尚不清楚每一行会如何处理。请按“重新核对”核对各行，或修改选项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="705"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="707"/>
        <source>Rows in: %1 — %2</source>
        <translation>读入行数：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="708"/>
        <source>, </source>
        <comment>between the counts</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="710"/>
        <source>(left aside: %1 empty row(s), %2 total row(s))</source>
        <translation>（另有空行 %1 行、合计行 %2 行未计入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="743"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="869"/>
        <source>Checking the rows against the book…</source>
        <translation>正在与客户库核对各行…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="761"/>
        <source>Cancelling: nothing of the import is kept…</source>
        <translation>正在取消：本次导入的内容都不会保留…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="773"/>
        <source>The import is done.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="776"/>
        <source>Rows in: %1 = %2 created + %3 updated + %4 unchanged + %5 skipped + %6 rejected.</source>
        <translation>读入行数：%1 = 新建 %2 + 更新 %3 + 无变化 %4 + 跳过 %5 + 拒绝 %6。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="780"/>
        <source>Vehicles added: %1; vehicles updated: %2.</source>
        <translation>新增车辆：%1 辆；更新车辆：%2 辆。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="785"/>
        <source>Left aside: %1 empty row(s), %2 total row(s).</source>
        <translation>未计入：空行 %1 行，合计行 %2 行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="789"/>
        <source>A backup of the book as it was before the import is at %1</source>
        <translation>导入前的客户库备份位于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="792"/>
        <source>Nothing needed writing, so no backup was taken.</source>
        <translation>没有需要写入的内容，因此没有备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="798"/>
        <source>The import was cancelled: nothing was written, the book is as it was.</source>
        <translation>导入已取消：未写入任何内容，客户库保持原样。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="804"/>
        <source>The import was not done: nothing was written, the book is as it was.</source>
        <translation>导入未完成：未写入任何内容，客户库保持原样。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="818"/>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="819"/>
        <source>%1 - rejected.xlsx</source>
        <translation>%1 - 被拒绝的行.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="820"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿（*.xlsx）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="824"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="824"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="831"/>
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>已把 %n 行保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="835"/>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="870"/>
        <source>Taking a backup of the book…</source>
        <translation>正在备份客户库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="871"/>
        <source>Writing the customers…</source>
        <translation>正在写入客户…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../app/ui/models/import_preview.py" line="100"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_preview.py" line="101"/>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_preview.py" line="103"/>
        <source>VIN / plate</source>
        <translation>车架号 / 车牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_preview.py" line="104"/>
        <source>Reason or changes</source>
        <translation>原因或改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_preview.py" line="126"/>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/presentation/labels.py" line="33"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="34"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="40"/>
        <location filename="../../app/presentation/labels.py" line="48"/>
        <location filename="../../app/presentation/labels.py" line="99"/>
        <location filename="../../app/presentation/labels.py" line="443"/>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="41"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="42"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="49"/>
        <source>Showroom</source>
        <translation>展厅到店</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="50"/>
        <location filename="../../app/presentation/labels.py" line="103"/>
        <location filename="../../app/presentation/labels.py" line="427"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="51"/>
        <location filename="../../app/presentation/labels.py" line="426"/>
        <source>Phone enquiry</source>
        <translation>电话咨询</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="52"/>
        <location filename="../../app/presentation/labels.py" line="429"/>
        <source>Auto show</source>
        <translation>车展</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="53"/>
        <location filename="../../app/presentation/labels.py" line="150"/>
        <location filename="../../app/presentation/labels.py" line="430"/>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="54"/>
        <source>Service walk-in</source>
        <translation>售后进店</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="55"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="56"/>
        <source>Fleet sales</source>
        <translation>集团采购</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="24"/>
        <location filename="../../app/presentation/labels.py" line="57"/>
        <location filename="../../app/presentation/labels.py" line="155"/>
        <location filename="../../app/presentation/labels.py" line="499"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="63"/>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="64"/>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="70"/>
        <source>Sales advisor</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="71"/>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="72"/>
        <source>Service manager</source>
        <translation>售后经理</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="73"/>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="74"/>
        <source>Owner</source>
        <comment>staff role: the owner of the shop</comment>
        <translation>店总</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="80"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="81"/>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="82"/>
        <location filename="../../app/presentation/labels.py" line="102"/>
        <location filename="../../app/presentation/labels.py" line="364"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="83"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="84"/>
        <location filename="../../app/presentation/labels.py" line="365"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="85"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="91"/>
        <source>New, bought here</source>
        <translation>本店新车</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="92"/>
        <source>Used, bought here</source>
        <translation>本店二手车</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="93"/>
        <source>Bought elsewhere</source>
        <translation>外店购买</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="100"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="101"/>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="104"/>
        <source>Signed form</source>
        <translation>书面签字</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="110"/>
        <source>Service reminders</source>
        <translation>服务提醒</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="111"/>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="112"/>
        <source>Sharing with the maker</source>
        <translation>提供给厂家</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="113"/>
        <source>Sharing with insurers</source>
        <translation>提供给保险公司</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="120"/>
        <source>On unless the customer withdrew it: service reminders serve the service contract.</source>
        <translation>除非客户撤回，否则默认开启：服务提醒是为履行服务合同。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="122"/>
        <source>Needs the customer&apos;s explicit agreement: without one, not granted (PIPL).</source>
        <translation>需要客户明确同意：没有记录即视为未同意（《个人信息保护法》）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="136"/>
        <location filename="../../app/presentation/labels.py" line="367"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="137"/>
        <source>Family birthday</source>
        <translation>家人生日</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="138"/>
        <source>Purchase anniversary</source>
        <translation>购车周年</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="139"/>
        <source>Wedding anniversary</source>
        <translation>结婚纪念日</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="140"/>
        <location filename="../../app/presentation/labels.py" line="327"/>
        <source>Insurance expiry</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="66"/>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="67"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="68"/>
        <source>Bodywork and paint</source>
        <translation>钣金喷漆</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="69"/>
        <source>Warranty</source>
        <translation>质保</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="70"/>
        <source>Annual inspection</source>
        <comment>a kind of service visit</comment>
        <translation>年检</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="79"/>
        <source>very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="80"/>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="81"/>
        <source>neither satisfied nor dissatisfied</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="82"/>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="83"/>
        <source>very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="141"/>
        <source>Annual inspection</source>
        <translation>年检到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="71"/>
        <source>Car wash</source>
        <translation>洗车</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="72"/>
        <source>Accessories fitted</source>
        <translation>精品加装</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="142"/>
        <location filename="../../app/presentation/labels.py" line="329"/>
        <source>Warranty end</source>
        <translation>质保到期</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="143"/>
        <source>Maintenance due</source>
        <translation>保养到期</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="144"/>
        <source>Dated item</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="145"/>
        <source>Holiday greeting</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="146"/>
        <source>Post-service call</source>
        <translation>售后回访</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="147"/>
        <source>Lead follow-up</source>
        <translation>潜客跟进</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="148"/>
        <source>Test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="149"/>
        <source>Delivery care call</source>
        <translation>交车关怀回访</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="151"/>
        <source>Dormant lead</source>
        <translation>休眠潜客</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="152"/>
        <source>Complaint</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="153"/>
        <source>Win-back</source>
        <translation>流失挽回</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="154"/>
        <source>Campaign call</source>
        <translation>专项回访</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="166"/>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="167"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="168"/>
        <source>Appointment booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="169"/>
        <source>Not interested</source>
        <translation>无意向</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="170"/>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="182"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="183"/>
        <location filename="../../app/presentation/labels.py" line="195"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="184"/>
        <location filename="../../app/presentation/labels.py" line="196"/>
        <source>Snoozed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="185"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="197"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="198"/>
        <source>Made a follow-up</source>
        <translation>已转回访</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="210"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="211"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="212"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="213"/>
        <location filename="../../app/presentation/labels.py" line="371"/>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="223"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="224"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="225"/>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="226"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="227"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="228"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="251"/>
        <source>lunar %1/%2</source>
        <translation>农历%1月%2日</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="253"/>
        <source> (leap month)</source>
        <translation>（闰月）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="260"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="261"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="262"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="263"/>
        <source>Written</source>
        <translation>写入</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="264"/>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="265"/>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="266"/>
        <source>Changed owner</source>
        <translation>变更车主</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="267"/>
        <source>Call outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="268"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="269"/>
        <source>Demo book written</source>
        <translation>写入演示客户簿</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="270"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="271"/>
        <source>Sign-in refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="272"/>
        <source>Customers handed over</source>
        <translation>客户已移交</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="273"/>
        <source>Consent changed</source>
        <translation>同意已更改</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="274"/>
        <source>Full contact details shown</source>
        <translation>查看了完整联系方式</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="275"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="276"/>
        <source>Person erased</source>
        <translation>已删除个人数据</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="277"/>
        <source>Customers merged</source>
        <translation>客户已合并</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="278"/>
        <source>Merge undone</source>
        <translation>合并已撤销</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="279"/>
        <source>Customers imported</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="290"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="291"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="292"/>
        <source>Service visit</source>
        <translation>售后记录</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="293"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="294"/>
        <source>Timeline entry</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="295"/>
        <source>Household member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="296"/>
        <source>Important date</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="297"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="298"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="299"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="300"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="301"/>
        <source>Book</source>
        <translation>客户簿</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="302"/>
        <source>Book settings</source>
        <translation>账本设置</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="360"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="362"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="363"/>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="366"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="372"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="407"/>
        <source>New</source>
        <comment>lead stage</comment>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="408"/>
        <source>Contacted</source>
        <comment>lead stage</comment>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="409"/>
        <source>Showroom visit</source>
        <comment>lead stage</comment>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="410"/>
        <source>Test drive</source>
        <comment>lead stage</comment>
        <translation>试驾</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="411"/>
        <source>Negotiation</source>
        <comment>lead stage</comment>
        <translation>洽谈</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="412"/>
        <source>Ordered</source>
        <comment>lead stage</comment>
        <translation>已订车</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="413"/>
        <source>Delivered</source>
        <comment>lead stage</comment>
        <translation>已交车</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="414"/>
        <source>Lost</source>
        <comment>lead stage</comment>
        <translation>战败</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="425"/>
        <source>Showroom walk-in</source>
        <translation>展厅到店</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="428"/>
        <source>Car portal</source>
        <comment>car websites such as Autohome</comment>
        <translation>汽车网站</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="431"/>
        <source>Existing customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="432"/>
        <source>Service lane</source>
        <translation>售后转介</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="444"/>
        <source>Cash</source>
        <comment>paying for a car</comment>
        <translation>全款</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="445"/>
        <source>Loan</source>
        <comment>paying for a car</comment>
        <translation>贷款</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="446"/>
        <source>Lease</source>
        <comment>paying for a car</comment>
        <translation>融资租赁</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="457"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="458"/>
        <source>Bought a competitor&apos;s brand</source>
        <translation>购买竞品</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="459"/>
        <source>Financing refused</source>
        <translation>贷款未获批</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="460"/>
        <source>No stock or long wait</source>
        <translation>无现车或等待太久</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="461"/>
        <source>Chose a used car</source>
        <translation>选择了二手车</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="462"/>
        <source>Postponed</source>
        <translation>推迟购车</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="463"/>
        <source>Unreachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="464"/>
        <source>Erased on request</source>
        <comment>lost lead</comment>
        <translation>应要求删除</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="477"/>
        <source>Trade-in</source>
        <translation>置换</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="478"/>
        <source>Used car</source>
        <translation>二手车</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="479"/>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="480"/>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="481"/>
        <source>Accessories</source>
        <translation>精品</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="482"/>
        <source>New car</source>
        <translation>新车</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="495"/>
        <source>Service</source>
        <comment>department</comment>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="496"/>
        <source>Front desk</source>
        <comment>department</comment>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="497"/>
        <source>Sales</source>
        <comment>department</comment>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="498"/>
        <source>Finance</source>
        <comment>department</comment>
        <translation>金融</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="512"/>
        <source>At the showroom</source>
        <comment>test drive</comment>
        <translation>店内试驾</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="513"/>
        <source>At the customer&apos;s</source>
        <comment>test drive</comment>
        <translation>上门试驾</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="514"/>
        <source>Weekend loan</source>
        <comment>test drive</comment>
        <translation>周末试驾</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="368"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="369"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="376"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="373"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="375"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="316"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="317"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="318"/>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="319"/>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="320"/>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="321"/>
        <source>Trim</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="322"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="323"/>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="324"/>
        <source>Purchase date</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="325"/>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="326"/>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="328"/>
        <source>Inspection due</source>
        <translation>年检到期</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="330"/>
        <source>Vehicle notes</source>
        <translation>车辆备注</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="339"/>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="345"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="346"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="347"/>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="348"/>
        <source>Skipped as duplicate</source>
        <translation>重复跳过</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="349"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="361"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="370"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="374"/>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="377"/>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="378"/>
        <source>Low-score flag</source>
        <translation>低分标记</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="389"/>
        <source>Same phone</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="390"/>
        <source>Same VIN</source>
        <translation>车架号相同</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="391"/>
        <source>Same name, phone one digit apart</source>
        <translation>姓名相同，手机号差一位</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="392"/>
        <source>Same name and address</source>
        <translation>姓名和地址相同</translation>
    </message>
    <message>
        <location filename="../../app/presentation/labels.py" line="393"/>
        <source>Names read alike, phone one digit apart</source>
        <translation>姓名读音相同，手机号差一位</translation>
    </message>
</context>
<context>
    <name>LapsedView</name>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="83"/>
        <source>At risk and lost</source>
        <translation>流失风险与已流失</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="87"/>
        <source>All advisors</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="92"/>
        <source>Make win-back calls for the selected</source>
        <translation>为所选客户生成挽回回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="95"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="53"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="190"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="55"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="191"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="57"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="193"/>
        <source>Last visit</source>
        <translation>上次到店</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="56"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="192"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="63"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="196"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="64"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="109"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="197"/>
        <source>Advisor</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="45"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="85"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="46"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="84"/>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="59"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="194"/>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="61"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="195"/>
        <source>Spent (yuan)</source>
        <translation>消费（元）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/lapsed_view.py" line="137"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="158"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="104"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="165"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="174"/>
        <location filename="../../app/ui/views/lapsed_view.py" line="175"/>
        <source>Win-back list</source>
        <translation>流失挽回清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="178"/>
        <source>Export win-back list</source>
        <translation>导出流失挽回清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="179"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/lapsed_view.py" line="189"/>
        <source>Win-back</source>
        <translation>流失挽回</translation>
    </message>
</context>
<context>
    <name>LeadBoard</name>
    <message>
        <location filename="../../app/ui/widgets/lead_board.py" line="193"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/lead_board.py" line="200"/>
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/lead_board.py" line="205"/>
        <source>%n day(s) quiet</source>
        <translation>
            <numerusform>%n 天未联系</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/lead_board.py" line="213"/>
        <source>Dormant: no contact for its level&apos;s dormant days</source>
        <translation>休眠：超过该意向级别的休眠天数未联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/lead_board.py" line="259"/>
        <source>Open the customer&apos;s card</source>
        <translation>打开客户卡片</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/lead_board.py" line="263"/>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/lead_board.py" line="267"/>
        <source>Ask to close as lost…</source>
        <translation>申请战败…</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="189"/>
        <source>New lead</source>
        <translation>新建潜客</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="189"/>
        <source>Lead</source>
        <translation>潜客</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="191"/>
        <source>%1&apos;s interest in a car: the first call goes on the advisor&apos;s call sheet today.</source>
        <translation>%1 的购车意向：首次联系今天就会排入顾问的回访清单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="201"/>
        <source>e.g. 帕萨特, ID.4</source>
        <translation>例如 帕萨特、ID.4</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="209"/>
        <source>The car they would trade in, if any</source>
        <translation>如有置换，填写旧车</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="217"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="217"/>
        <source>Models</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="218"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="218"/>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="219"/>
        <source>Trade-in</source>
        <translation>置换</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="220"/>
        <source>Intent level</source>
        <translation>意向级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="221"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="221"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="224"/>
        <source>Nobody</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>LeadDialogs</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="60"/>
        <source>This lead is closed (delivered or lost): nothing was changed.</source>
        <translation>此潜客已结束（已交车或战败）：未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="62"/>
        <source>An ordered lead cannot be closed as lost: cancel the order first.</source>
        <translation>已订车的潜客不能申请战败：请先取消订单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="64"/>
        <source>An ordered lead goes back to an earlier stage only by cancelling its order (Cancel order…).</source>
        <translation>已下订的潜客只能通过取消订单（取消订单…）退回之前的阶段。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="67"/>
        <source>This lead&apos;s car was delivered: its order can no longer be cancelled, nor the lead moved.</source>
        <translation>此潜客的车已交付：订单不能再取消，潜客也不能再移动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="70"/>
        <source>This lead has no order to cancel.</source>
        <translation>此潜客没有可取消的订单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="72"/>
        <source>Ordered, delivered and lost have their own steps (Order…, Deliver…, Ask to close as lost…).</source>
        <translation>订车、交车和战败有各自的步骤（订车…、交车…、申请战败…）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="75"/>
        <source>Nobody asked to close this lead as lost (or it was reviewed already).</source>
        <translation>没有人为此潜客申请战败（或已审核过）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="78"/>
        <source>Check the driving licence before the drive.</source>
        <translation>试驾前请查验驾驶证。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="80"/>
        <source>Another desk changed this lead meanwhile: close this window, and open the lead again.</source>
        <translation>另一台电脑刚刚修改了此潜客：请关闭此窗口，重新打开该潜客。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="92"/>
        <source>This lead or customer is no longer in the book (another desk removed it); nothing was saved.</source>
        <translation>此潜客或客户已不在客户库中（被另一台电脑删除）；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="103"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
</context>
<context>
    <name>LeadWords</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="31"/>
        <source>Scheduled</source>
        <comment>test drive</comment>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="32"/>
        <source>Done</source>
        <comment>test drive</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="33"/>
        <source>Cancelled</source>
        <comment>test drive</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="39"/>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="40"/>
        <source>Phone-up</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="46"/>
        <source>Asked to close as lost</source>
        <translation>已申请战败</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="47"/>
        <source>Closed as lost</source>
        <translation>已战败</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="48"/>
        <source>Sent back for another try</source>
        <translation>已退回继续跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="57"/>
        <source>Ordered</source>
        <comment>intent level</comment>
        <translation>已订车</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="58"/>
        <source>Buys within a week</source>
        <comment>intent level</comment>
        <translation>一周内购买</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="59"/>
        <source>Buys within 15 days</source>
        <comment>intent level</comment>
        <translation>15 天内购买</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="60"/>
        <source>Buys within a month</source>
        <comment>intent level</comment>
        <translation>一个月内购买</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="61"/>
        <source>Buys within 3 months</source>
        <comment>intent level</comment>
        <translation>三个月内购买</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="65"/>
        <source>Buys within %1 days</source>
        <comment>intent level</comment>
        <translation>%1 天内购买</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="85"/>
        <source>Lead opened (%1)</source>
        <translation>新建潜客（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="86"/>
        <source>Lead: %1</source>
        <translation>潜客：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="87"/>
        <source>Asked to close the lead as lost: %1</source>
        <translation>申请战败：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="88"/>
        <source>Lead closed as lost: %1</source>
        <translation>潜客战败：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="89"/>
        <source>Lost lead sent back for another try</source>
        <translation>战败申请被退回，继续跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="90"/>
        <source>Ordered: %1</source>
        <translation>订车：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="91"/>
        <source>Order cancelled: %1</source>
        <translation>订单已取消：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="92"/>
        <source>Delivered: %1</source>
        <translation>交车：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="93"/>
        <source>Passed to sales: %1</source>
        <translation>转介给销售：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_words.py" line="94"/>
        <source>Test drive: %1</source>
        <translation>试驾：%1</translation>
    </message>
</context>
<context>
    <name>LeadsPanel</name>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="72"/>
        <location filename="../../app/ui/widgets/card_leads.py" line="93"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="72"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="72"/>
        <source>Models</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="72"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="73"/>
        <location filename="../../app/ui/widgets/card_leads.py" line="80"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="73"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="73"/>
        <source>Opened</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="75"/>
        <source>Leads</source>
        <translation>潜客</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="79"/>
        <location filename="../../app/ui/widgets/card_leads.py" line="121"/>
        <source>Test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="79"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="79"/>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="79"/>
        <source>Demo car</source>
        <translation>试驾车</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="80"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="80"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="82"/>
        <source>Test drives</source>
        <translation>试驾</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="85"/>
        <source>New lead…</source>
        <translation>新建潜客…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="86"/>
        <source>Log contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="88"/>
        <source>A call or visit with the prospect; the next follow-up follows the intent level</source>
        <translation>与潜客的一次通话或到店；下次跟进按意向级别安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="90"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="101"/>
        <source>Move to: %1</source>
        <translation>移到：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="106"/>
        <source>Order…</source>
        <translation>订车…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="108"/>
        <source>Deliver…</source>
        <translation>交车…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="111"/>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="113"/>
        <source>The customer withdrew, the financing fell through, the car cannot come: the lead is worked again or asked to close as lost</source>
        <translation>客户退订、贷款未获批、车辆无法到货：潜客重新跟进，或申请战败</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="116"/>
        <source>Ask to close as lost…</source>
        <translation>申请战败…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="124"/>
        <source>Schedule…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="126"/>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="128"/>
        <source>Cancel it</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="207"/>
        <source>%1 · asked to close as lost</source>
        <translation>%1 · 已申请战败</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/card_leads.py" line="212"/>
        <source>%1 (quiet for %n day(s))</source>
        <translation>
            <numerusform>%1（已 %n 天未联系）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/card_leads.py" line="235"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条潜客</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/card_leads.py" line="236"/>
        <source>%n open</source>
        <comment>leads</comment>
        <translation>
            <numerusform>%n 条跟进中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="342"/>
        <source>Not moved</source>
        <translation>未移动</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="407"/>
        <source>Cancel the test drive</source>
        <translation>取消试驾</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="408"/>
        <source>Cancel the test drive of %1? Its call leaves the advisor&apos;s call sheet.</source>
        <translation>取消 %1 的试驾吗？相应回访会从顾问的回访清单中移除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_leads.py" line="415"/>
        <source>Not cancelled</source>
        <translation>未取消</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="64"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="65"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="66"/>
        <source>Models</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="67"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="68"/>
        <location filename="../../app/ui/views/leads_view.py" line="98"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="69"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="70"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="71"/>
        <source>Quiet days</source>
        <translation>未联系天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="73"/>
        <location filename="../../app/ui/views/leads_view.py" line="109"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="74"/>
        <location filename="../../app/ui/views/leads_view.py" line="115"/>
        <location filename="../../app/ui/views/leads_view.py" line="163"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="99"/>
        <source>Open leads</source>
        <translation>跟进中的潜客</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="100"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="105"/>
        <source>Intent level</source>
        <translation>意向级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="110"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="116"/>
        <source>All advisors</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="118"/>
        <source>Dormant only</source>
        <translation>只看休眠</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="122"/>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="123"/>
        <source>By next follow-up</source>
        <translation>按下次跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="124"/>
        <source>Quietest first</source>
        <translation>最久未联系在前</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="130"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="133"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="143"/>
        <location filename="../../app/ui/views/leads_view.py" line="406"/>
        <source>Leads</source>
        <translation>潜客</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="155"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="156"/>
        <source>Pipeline board</source>
        <translation>销售看板</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/leads_view.py" line="177"/>
        <source>Dormant: quiet for %n day(s)</source>
        <translation>
            <numerusform>休眠：已 %n 天未联系</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="183"/>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/leads_view.py" line="228"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条潜客</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="279"/>
        <source>Not moved: a delivered lead stays delivered (its car is on the customer&apos;s card).</source>
        <translation>未移动：已交车的潜客保持已交车（车辆已在客户卡片上）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="283"/>
        <source>Not moved: this lead is closed as lost.</source>
        <translation>未移动：此潜客已战败关闭。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="302"/>
        <source>Lead: %1</source>
        <translation>潜客：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="320"/>
        <source>Not moved: %1</source>
        <translation>未移动：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="323"/>
        <source>Not moved</source>
        <translation>未移动</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="369"/>
        <source>Open the customer&apos;s card</source>
        <translation>打开客户卡片</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="373"/>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="411"/>
        <source>Export leads</source>
        <translation>导出潜客</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/leads_view.py" line="412"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿（*.xlsx）</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/desk_session.py" line="289"/>
        <source>Guanxi is locked</source>
        <translation>Guanxi 已锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="293"/>
        <source>Signed in: %1 · %2</source>
        <translation>已登录：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="294"/>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="299"/>
        <location filename="../../app/ui/desk_session.py" line="301"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="303"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_session.py" line="306"/>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="304"/>
        <source>Ask to close as lost</source>
        <translation>申请战败</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="305"/>
        <source>The sales manager approves it, or sends it back for another try.</source>
        <translation>由销售经理批准，或退回继续跟进。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="314"/>
        <source>Which brand, e.g. 丰田</source>
        <translation>哪个品牌，例如 丰田</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="318"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="319"/>
        <source>Competitor&apos;s brand</source>
        <translation>竞品品牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="320"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LostReviewDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="138"/>
        <source>Lost leads to review</source>
        <translation>待审核的战败申请</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="151"/>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="158"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="151"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="151"/>
        <source>Opened</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="151"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="152"/>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="158"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="152"/>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="158"/>
        <source>Models</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="158"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="159"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="159"/>
        <source>Competitor</source>
        <translation>竞品</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="159"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="165"/>
        <source>A note for the advisor (on the timeline)</source>
        <translation>给顾问的备注（记入时间线）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="166"/>
        <source>Approve: close as lost</source>
        <translation>批准：确认战败</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="169"/>
        <source>Send back for another try</source>
        <translation>退回继续跟进</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/sales_lists.py" line="200"/>
        <source>%n new lead(s) not called within %1 opening hours: give them to an advisor, or call them now.</source>
        <translation>
            <numerusform>%n 条新潜客在 %1 个营业小时内无人联系：请分配给顾问，或立即联系。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/sales_lists.py" line="208"/>
        <source>%n lead(s) asked to close as lost</source>
        <translation>
            <numerusform>%n 条潜客申请战败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="260"/>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Guanxi — customer relationships</source>
        <translation>Guanxi — 客户关系管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Customers</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>Opening the book…</source>
        <translation>正在打开客户库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <location filename="../../app/ui/main_window.py" line="424"/>
        <location filename="../../app/ui/main_window.py" line="426"/>
        <source>Follow-ups</source>
        <translation>回访任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Call sheet</source>
        <translation>回访清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Service visits</source>
        <translation>售后记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Win-back</source>
        <translation>流失挽回</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Dashboard</source>
        <translation>经营看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Leads</source>
        <translation>潜客</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Book: %1</source>
        <translation>客户库：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165"/>
        <source>The book was upgraded; a copy of the old one is at %1</source>
        <translation>客户库已升级；旧版本的副本保存在 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="403"/>
        <source>all advisors</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="403"/>
        <source>Today for %1:</source>
        <translation>%1 今日：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="404"/>
        <source>%n reminder(s) fall due,</source>
        <translation>
            <numerusform>%n 条提醒到期，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="405"/>
        <source>%n customer(s) on the call sheet</source>
        <translation>
            <numerusform>回访清单上 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="406"/>
        <source>(%n overdue).</source>
        <translation>
            <numerusform>（%n 位已逾期）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="448"/>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="454"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="457"/>
        <source>&amp;Log a contact</source>
        <translation>记录联系(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="460"/>
        <source>New &amp;vehicle…</source>
        <translation>新增车辆(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="463"/>
        <source>&amp;Archive or restore</source>
        <translation>归档/恢复(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="466"/>
        <source>&amp;Reload card</source>
        <translation>刷新客户档案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="469"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="473"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="476"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="479"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="481"/>
        <source>Log a service &amp;visit…</source>
        <translation>登记进厂(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="484"/>
        <source>&amp;Export list to Excel…</source>
        <translation>导出列表到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="487"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="490"/>
        <source>&amp;Import customers…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="496"/>
        <source>&amp;Customers</source>
        <translation>客户列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="496"/>
        <source>&amp;Reminders</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="496"/>
        <source>&amp;Follow-ups</source>
        <translation>回访任务(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="497"/>
        <source>Call &amp;sheet</source>
        <translation>回访清单(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="497"/>
        <source>Service &amp;visits</source>
        <translation>售后记录(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="497"/>
        <source>&amp;Win-back</source>
        <translation>流失挽回(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="498"/>
        <source>&amp;Dashboard</source>
        <translation>经营看板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="498"/>
        <source>&amp;Leads</source>
        <translation>潜客(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="502"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="518"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="523"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="528"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="530"/>
        <source>&amp;Staff…</source>
        <translation>员工(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="531"/>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="536"/>
        <source>Customers due for &amp;review…</source>
        <translation>待复核的客户(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="544"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="545"/>
        <source>&amp;About Guanxi</source>
        <translation>关于 Guanxi(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="566"/>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="682"/>
        <source>Export this person&apos;s data…</source>
        <translation>导出此人的数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="685"/>
        <source>Erase this person…</source>
        <translation>删除此人…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="723"/>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="725"/>
        <source>&amp;Undo a merge…</source>
        <translation>撤销合并(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="730"/>
        <source>Undo a merge of this customer…</source>
        <translation>撤销此客户的合并…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="776"/>
        <source>About Guanxi</source>
        <translation>关于 Guanxi</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="777"/>
        <source>Guanxi %1 — customer relationships for a dealership.</source>
        <translation>Guanxi %1 — 4S 店客户关系管理。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="77"/>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="87"/>
        <source>Reading the two customers…</source>
        <translation>正在读取这两位客户…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="99"/>
        <source>&amp;Swap: keep the other</source>
        <translation>对调：保留另一位(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="101"/>
        <source>Keep the other customer and merge this one into it</source>
        <translation>保留另一位客户，把这一位并入其中</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="119"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="169"/>
        <source>Kept: #%1 %2</source>
        <translation>保留：#%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="171"/>
        <source>Merged into it, then archived: #%1 %2</source>
        <translation>并入后归档：#%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="174"/>
        <source>Everything recorded for #%2 %3 (vehicles, service visits, follow-ups, the timeline, family and dates, tags, consents) moves to #%1 %4, and #%2 is archived. Where the two differ, choose the value the kept customer has. A merge can be undone later (Tools &gt; Undo a merge…).</source>
        <translation>#%2 %3 的全部记录（车辆、进厂记录、跟进、时间线、家庭成员和纪念日、标签、授权）都会转到 #%1 %4 名下，#%2 随后归档。两者不同之处，请选择保留客户要用的值。合并以后可以撤销（工具 &gt; 撤销合并…）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="183"/>
        <source>What moves: vehicles %1, service visits %2, follow-ups %3, timeline entries %4.</source>
        <translation>将转移：车辆 %1 辆，进厂记录 %2 次，跟进 %3 条，时间线记录 %4 条。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="212"/>
        <source>The two customers hold the same details; only their records are moved.</source>
        <translation>两位客户的信息相同；只转移他们的记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="236"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="236"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="245"/>
        <source>(leap month)</source>
        <translation>（闰月）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="273"/>
        <source>Merged with customer #%1 (%2)</source>
        <translation>已与客户 #%1（%2）合并</translation>
    </message>
</context>
<context>
    <name>MergesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="49"/>
        <source>Undo a merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="51"/>
        <source>Undo a merge of customer #%1</source>
        <translation>撤销客户 #%1 的合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="53"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="58"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="58"/>
        <source>Kept customer</source>
        <translation>保留的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="58"/>
        <source>Merged customer</source>
        <translation>被并入的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="59"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="59"/>
        <source>Rows moved</source>
        <translation>转移行数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="59"/>
        <source>Rows removed</source>
        <translation>删除行数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="59"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="61"/>
        <source>Merges</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="65"/>
        <source>&amp;Undo…</source>
        <translation>撤销(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="67"/>
        <source>Give both customers and every row back as they were before the merge</source>
        <translation>把两位客户和每一行都恢复到合并前的样子</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="102"/>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="119"/>
        <source>This customer&apos;s merges that can be undone: %1.</source>
        <translation>此客户可撤销的合并：%1 次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="120"/>
        <source>This customer has no merge to undo.</source>
        <translation>此客户没有可撤销的合并。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="122"/>
        <source>%1 merges, newest first. Undoing one gives both customers and every row back; work done since on the kept customer stays.</source>
        <translation>共 %1 次合并，最新的在前。撤销后两位客户和每一行都会恢复；之后在保留客户上所做的工作仍会保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="126"/>
        <source>No customers have been merged.</source>
        <translation>还没有合并过客户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="132"/>
        <source>(this desk)</source>
        <translation>（本机）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="155"/>
        <source>Undo the merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="156"/>
        <source>Undo the merge of #%2 %3 into #%1 %4? Both customers are shown again as they were, and every row moved goes back to #%2. What was done on #%1 since the merge stays.</source>
        <translation>撤销把 #%2 %3 并入 #%1 %4 的合并吗？两位客户会恢复原样，转移过的每一行都回到 #%2 名下。合并之后在 #%1 上所做的工作仍会保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merges_dialog.py" line="168"/>
        <source>Merge with customer #%1 (%2) undone</source>
        <translation>与客户 #%1（%2）的合并已撤销</translation>
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
        <translation>Guanxi</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="242"/>
        <source>Open in: %1</source>
        <translation>正在使用此客户库的是：%1</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="509"/>
        <source>Read-only: this book is damaged, and nothing is written to it. Export or print what you need, then restore a backup (File → Restore from a backup…).</source>
        <translation>只读：此客户库已损坏，不会再向其中写入任何内容。请导出或打印所需内容，然后恢复备份（文件 → 从备份恢复…）。</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="538"/>
        <location filename="../../app/bootstrap.py" line="669"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="539"/>
        <source>This book is on a database server: its backups are kept and restored with the server&apos;s own tools. Nothing was changed.</source>
        <translation>此客户库位于数据库服务器上：其备份需用服务器自带的工具保存和恢复。未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="606"/>
        <source>A backup is being written; restore once it is done.</source>
        <translation>正在备份，请等备份完成后再恢复。</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="615"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="720"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../app/bootstrap.py" line="721"/>
        <source>Something went wrong. What was saved before is safe. Please copy the details below for support.</source>
        <translation>程序出错了。之前已保存的内容不受影响。请复制下方的详细信息，发给技术支持。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="17"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="18"/>
        <source>Not a valid phone number (e.g. 138 0013 8000 or 010-6552 9988).</source>
        <translation>电话号码无效（例如 138 0013 8000 或 010-6552 9988）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="19"/>
        <source>Not a valid e-mail address.</source>
        <translation>电子邮箱地址无效。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="21"/>
        <source>Must be exactly 17 characters long.</source>
        <translation>必须为 17 位。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="22"/>
        <source>Only digits and capital letters, except I, O and Q.</source>
        <translation>只能由数字和大写字母组成（不含 I、O、Q）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="23"/>
        <source>The check digit (9th character) does not match: please check for a typo.</source>
        <translation>校验位（第 9 位）不符，请检查是否输错。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="24"/>
        <source>Another vehicle in the book already has this one.</source>
        <translation>已被客户库中的另一辆车使用。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="25"/>
        <source>Not a valid plate (e.g. 京A·12345 or 京A·D12345).</source>
        <translation>车牌号无效（例如 京A·12345 或 京A·D12345）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="26"/>
        <source>Not a valid date (use YYYY-MM-DD).</source>
        <translation>日期无效（请按 YYYY-MM-DD 格式填写）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="27"/>
        <source>This day does not exist: check the month and the day (that month may have fewer days).</source>
        <translation>没有这一天：请核对月和日（该月可能没有这么多天）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="28"/>
        <source>This date is in the future.</source>
        <translation>此日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="29"/>
        <source>A birthday needs both month and day.</source>
        <translation>生日需同时填写月和日。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="30"/>
        <source>This day does not exist in that calendar.</source>
        <translation>所选历法中没有这一天。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="31"/>
        <source>The birth year is not plausible.</source>
        <translation>出生年份不合理。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="32"/>
        <source>The birthday is in the future.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="33"/>
        <source>A leap-month birthday needs the year.</source>
        <translation>闰月生日需要填写出生年份。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="34"/>
        <source>Guanxi&apos;s lunar calendar covers lunar years 1900 to 2100 only. Nothing was saved: enter a date in those years, or use the solar calendar.</source>
        <translation>Guanxi 的农历仅支持农历 1900 年至 2100 年。未保存任何内容：请输入这一范围内的日期，或改用公历。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="35"/>
        <source>Give the date the customer agreed to marketing.</source>
        <translation>请填写客户同意接收营销信息的日期。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="36"/>
        <source>The last change of this consent was recorded on %1: date this one that day or later.</source>
        <translation>此项同意的上一次更改记录于 %1：本次的日期须为当天或之后。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="37"/>
        <source>Choose another customer as the referrer.</source>
        <translation>请选择其他客户作为介绍人。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="38"/>
        <source>The model year is not plausible.</source>
        <translation>年款不合理。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="39"/>
        <source>This number cannot be negative.</source>
        <translation>此数值不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="40"/>
        <source>Choose an existing customer as the new owner.</source>
        <translation>请选择一位已有客户作为新车主。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="41"/>
        <source>The vehicle already belongs to this customer.</source>
        <translation>该车辆已属于此客户。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="42"/>
        <source>This mileage is lower than the vehicle&apos;s last known mileage. Check it, or confirm that the odometer was replaced.</source>
        <translation>该里程低于车辆上次记录的里程。请核对，或确认已更换里程表。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="43"/>
        <source>The car cannot leave before it came in.</source>
        <translation>出厂日期不能早于进厂日期。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="44"/>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>满意度为 1 到 5 分。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="45"/>
        <source>Choose the kind of visit.</source>
        <translation>请选择进厂类型。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="46"/>
        <source>Choose a staff member who is in the book.</source>
        <translation>请选择客户库中已有的员工。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="47"/>
        <source>Choose one of the customer&apos;s vehicles.</source>
        <translation>请选择该客户名下的车辆。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="48"/>
        <source>This text contains a character that cannot be stored (often left by copying and pasting). Nothing was saved: please retype it.</source>
        <translation>此文本包含无法保存的字符（通常是复制粘贴时带入的）。内容未保存，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="49"/>
        <source>Another staff member already signs in with this login: choose another.</source>
        <translation>已有其他员工使用这个登录名：请换一个。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="50"/>
        <source>A login is one word of at most %1 letters, digits and . _ - @ (no spaces).</source>
        <translation>登录名是一个词，最多 %1 个字母、数字或 . _ - @（不能有空格）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="51"/>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="52"/>
        <source>A password can have at most %1 characters.</source>
        <translation>密码最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="53"/>
        <source>This text is too long: at most %1 characters.</source>
        <translation>这段文字太长：最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="54"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="55"/>
        <source>Choose one or more active staff members to take over, other than the one who leaves.</source>
        <translation>请选择一名或多名在职员工接手（不能是离职者本人）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="56"/>
        <source>A customer cannot be merged with themselves: choose two different customers.</source>
        <translation>客户不能与自己合并：请选择两位不同的客户。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="57"/>
        <source>This merge has been undone already.</source>
        <translation>此次合并已经撤销过了。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="58"/>
        <source>One of these customers has been erased since: the merge cannot be undone.</source>
        <translation>其中一位客户之后已被删除：无法撤销此次合并。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="59"/>
        <source>This field cannot be chosen here.</source>
        <translation>此处不能选择该字段。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="61"/>
        <source>Excel shows this number as %1 and has lost its last digits: format the column as text in the original sheet, type the numbers again, and import once more.</source>
        <translation>Excel 把这个号码显示为 %1，后几位已经丢失：请在原表中把该列设为文本格式，重新输入号码后再导入。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="62"/>
        <source>More than two phone numbers: a customer keeps two (%1).</source>
        <translation>电话号码超过两个：每位客户只保存两个（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="63"/>
        <source>Not a whole number (%1).</source>
        <translation>不是整数（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="64"/>
        <source>Not one of the choices this field offers (%1).</source>
        <translation>不是此字段可选的值（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="65"/>
        <source>No staff member is called %1: add them on the staff screen first, or leave this column out of the import.</source>
        <translation>没有名为 %1 的员工：请先在员工界面添加，或不导入这一列。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="66"/>
        <source>Its phone number and its VIN belong to two different customers (%1): merge them first, or correct the row.</source>
        <translation>这一行的电话和车架号属于两位不同的客户（%1）：请先合并他们，或改正这一行。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="67"/>
        <source>The book must keep at least one active owner who can sign in: make another staff member an owner (with a login and a password) first.</source>
        <translation>客户簿必须保留至少一位能登录的在职店主：请先让另一位员工成为店主（并设置登录名和密码）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="69"/>
        <source>This value is not accepted.</source>
        <translation>此值无效。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="76"/>
        <source>Too many wrong tries: wait %1 s, then try again.</source>
        <translation>错误次数过多：请等待 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="79"/>
        <source>This account has been deactivated. Ask the owner to reactivate it.</source>
        <translation>此账号已停用。请联系店主重新启用。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="81"/>
        <source>This book already has an owner&apos;s account: sign in, and add staff on the staff screen.</source>
        <translation>这本客户簿已有店主账号：请登录后在员工页面添加员工。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="82"/>
        <source>The login or the password is not right.</source>
        <translation>登录名或密码不正确。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="93"/>
        <source>Your role may not do this. Nothing was changed.</source>
        <translation>您的角色不能执行此操作。未更改任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="94"/>
        <source>Your role may not do this; only these roles may: %1. Nothing was changed. Ask one of them, or ask the owner to change your role.</source>
        <translation>您的角色不能执行此操作；只有以下角色可以：%1。未更改任何内容。请找他们办理，或请店主更改您的角色。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="96"/>
        <source>, </source>
        <comment>between role names</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="101"/>
        <source>This book was written by a newer version of Guanxi. It has not been opened or changed. Please update Guanxi to open it.</source>
        <translation>此客户库由更新版本的 Guanxi 创建，本程序未打开也未修改它。请升级 Guanxi 后再打开。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="104"/>
        <source>This file is not a Guanxi book (or it is damaged). It has not been changed.</source>
        <translation>此文件不是 Guanxi 客户库（或已损坏），未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="106"/>
        <source>This database belongs to another program. Guanxi has not changed it.</source>
        <translation>此数据库属于其他程序，Guanxi 未对其作任何修改。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="108"/>
        <source>The book could not be upgraded. It has been left exactly as it was, and a backup copy is next to it.</source>
        <translation>客户库升级失败。客户库保持原样，同一文件夹中另有一份备份。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="111"/>
        <source>The book file does not exist.</source>
        <translation>客户库文件不存在。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="112"/>
        <source>The book could not be created in that folder.</source>
        <translation>无法在该文件夹中创建客户库。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="113"/>
        <source>A demo can only be written into an empty book.</source>
        <translation>演示数据只能写入空白客户库。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="114"/>
        <source>Nothing was erased: say why the person&apos;s data is erased (the reason is kept in the audit log).</source>
        <translation>未删除任何内容：请说明删除此人数据的原因（原因会记入审计日志）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="116"/>
        <source>No staff member has the login or number %1.</source>
        <translation>没有登录名或编号为 %1 的员工。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="118"/>
        <source>This book is on a database server, and the program for talking to that server (%1) is not installed on this computer. Nothing was opened or changed. Ask whoever set up the server to install %1 here, or open a book file instead.</source>
        <translation>此客户库位于数据库服务器上，而本机未安装与该服务器通信所需的程序（%1）。未打开也未修改任何内容。请让搭建服务器的人员在本机安装 %1，或改为打开客户库文件。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="121"/>
        <source>This is not the address of a book Guanxi can open: %1. Nothing was opened or changed. Give a book file, or a server address such as postgresql+psycopg://user@server/book.</source>
        <translation>这不是 Guanxi 能打开的客户库地址：%1。未打开也未修改任何内容。请提供客户库文件，或服务器地址，例如 postgresql+psycopg://user@server/book。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="123"/>
        <source>The database server holding this book could not be reached, or it refused to let Guanxi in. Nothing was changed. Check the address, the user name and password, and that the server is running, then try again.</source>
        <translation>无法连接存放此客户库的数据库服务器，或服务器拒绝了 Guanxi 的登录。未作任何修改。请检查地址、用户名和密码，并确认服务器正在运行，然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="126"/>
        <source>The database server did not accept this user name and password. Nothing was opened or changed. Check the user name and the password (capital letters count), then try again.</source>
        <translation>数据库服务器不接受这个用户名和密码。没有打开或更改任何内容。请检查用户名和密码（区分大小写），然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="129"/>
        <source>The database server was reached, but it has no database of that name. Nothing was opened or changed. Check the database&apos;s name, or ask whoever manages the server to create it (an empty database is enough: Guanxi sets up its book there).</source>
        <translation>已连上数据库服务器，但服务器上没有这个名称的数据库。没有打开或更改任何内容。请检查数据库名称，或请服务器管理员创建它（空数据库即可：Guanxi 会在其中建立客户簿）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="132"/>
        <source>Give the server&apos;s address, the database and the user name.</source>
        <translation>请填写服务器地址、数据库和用户名。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="135"/>
        <source>The book is busy: another desk or program kept it locked for too long. What was being saved was not saved; everything saved before is safe. Try again in a moment; if this keeps happening, close Guanxi on the other computers and try again.</source>
        <translation>客户库正忙：另一台电脑或其他程序锁定它的时间过长。正在保存的内容未能保存；之前保存的内容不受影响。请稍后重试；如果反复出现，请关闭其他电脑上的 Guanxi 后再试。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="138"/>
        <source>The disk holding the book is full. What was being saved was not saved; everything saved before is safe. Free some space on that disk, then try again.</source>
        <translation>客户库所在的磁盘已满。正在保存的内容未能保存；之前保存的内容不受影响。请在该磁盘上腾出空间，然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="140"/>
        <source>The book file is damaged. Nothing more was written to it. Stop working in it: keep a copy of the file for support, and go back to the latest backup of the book.</source>
        <translation>客户库文件已损坏，之后不会再向其中写入任何内容。请停止使用该客户库：保留一份文件副本交给技术支持，并恢复客户库最近的备份。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="142"/>
        <source>The book cannot be written to: the file or its folder is read-only, or this user may not change it. What was being saved was not saved; everything saved before is safe. Check the file&apos;s permissions, or copy the book to a folder you can write to.</source>
        <translation>无法写入客户库：文件或其所在文件夹为只读，或当前用户无权修改。正在保存的内容未能保存；之前保存的内容不受影响。请检查文件权限，或把客户库复制到有写入权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="145"/>
        <source>The disk holding the book reported an error. What was being saved was not saved; everything saved before is safe. Check the disk (or the network folder), then try again.</source>
        <translation>客户库所在的磁盘报告了错误。正在保存的内容未能保存；之前保存的内容不受影响。请检查该磁盘（或网络文件夹），然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="148"/>
        <source>The backup could not be written. The book and the earlier backups are as they were. Try again; if it fails again, choose another backups folder in Preferences.</source>
        <translation>备份未能写入。客户库和之前的备份均保持原样。请重试；如果再次失败，请在偏好设置中另选一个备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="151"/>
        <source>The disk holding the backups is full, so this backup was not written. The book and the earlier backups are as they were. Free some space on that disk, or choose another backups folder in Preferences.</source>
        <translation>存放备份的磁盘已满，本次备份未写入。客户库和之前的备份均保持原样。请在该磁盘上腾出空间，或在偏好设置中另选一个备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="154"/>
        <source>The backups folder cannot be written to: it is read-only, or this user may not change it. The book and the earlier backups are as they were. Choose another backups folder in Preferences.</source>
        <translation>备份文件夹无法写入：文件夹为只读，或当前用户无权修改。客户库和之前的备份均保持原样。请在偏好设置中另选一个备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="157"/>
        <source>The new backup did not pass its check, so it was not kept; the earlier backups are as they were. The book itself may be damaged, or the disk holding the backups may be failing. Try File → Back up now once more; if it fails again, keep a copy of the book file for support.</source>
        <translation>新备份未通过校验，因此未予保留；之前的备份保持原样。可能是客户库本身已损坏，也可能是存放备份的磁盘出了故障。请再执行一次“文件 → 立即备份”；如果仍然失败，请保留一份客户库文件的副本交给技术支持。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="162"/>
        <source>This book is on a database server, and its backups are written by the server&apos;s own program %1, which is not installed on this computer (or not on the PATH). Nothing was written. Install the PostgreSQL client programs here, or back up on the server.</source>
        <translation>这本客户簿在数据库服务器上，它的备份由服务器自己的程序 %1 写出，而本机没有安装该程序（或不在 PATH 中）。没有写入任何内容。请在本机安装 PostgreSQL 客户端程序，或在服务器上备份。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="165"/>
        <source>The database server&apos;s backup program (pg_dump) could not write a backup of this book; its own words are below. Nothing was kept, and the book is as it was.</source>
        <translation>数据库服务器的备份程序（pg_dump）未能写出这本客户簿的备份；它的原话见下。没有保留任何文件，客户簿保持原样。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="168"/>
        <source>This file is empty (0 bytes): it holds no book. Guanxi has not written anything to it. If it should hold your customers, it was emptied outside Guanxi: restore the latest backup (File → Restore from a backup…), or choose another book file.</source>
        <translation>此文件为空（0 字节），其中没有客户库。Guanxi 未向其写入任何内容。如果其中本应存有您的客户资料，说明它是在 Guanxi 之外被清空的：请恢复最近的备份（文件 → 从备份恢复…），或选择其他客户库文件。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="171"/>
        <source>Guanxi may not read this book file (its permissions do not allow this user). Nothing was opened or changed. Ask whoever manages this computer for read and write access to the file, or copy the book to a folder of your own.</source>
        <translation>Guanxi 无权读取此客户库文件（文件权限不允许当前用户访问）。未打开也未修改任何内容。请联系本机管理员开通该文件的读写权限，或把客户库复制到您自己的文件夹中。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="174"/>
        <source>This book is in a folder Guanxi cannot write to (or the file itself is read-only), and a book must be written to as it is used. Nothing was opened or changed. Copy the book to a folder you can write to and open the copy, or ask for write access to the folder.</source>
        <translation>此客户库所在的文件夹 Guanxi 无法写入（或文件本身为只读），而客户库在使用过程中必须能够写入。未打开也未修改任何内容。请把客户库复制到有写入权限的文件夹并打开副本，或申请该文件夹的写入权限。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="178"/>
        <source>The book is open read-only, to save what can be read: nothing is written to it. What you were saving was not saved. Export what you need, then restore a backup (File → Restore from a backup…).</source>
        <translation>客户库以只读方式打开，仅用于抢救可读取的内容：不会向其中写入任何内容。您正在保存的内容未保存。请导出所需内容，然后恢复备份（文件 → 从备份恢复…）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="181"/>
        <source>This book is already open in another copy of Guanxi. Nothing was opened or changed here, and the other copy goes on working. Switch to that window (or close it and start again).</source>
        <translation>此客户库已被另一个正在运行的 Guanxi 打开。此处未打开也未修改任何内容，另一个 Guanxi 照常工作。请切换到那个窗口（或将其关闭后重新启动）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="185"/>
        <source>This backup file is no longer there (it was moved or deleted).</source>
        <translation>此备份文件已不存在（已被移动或删除）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="187"/>
        <source>This backup is damaged: it did not pass its check, so it was not used. Choose an older backup.</source>
        <translation>此备份已损坏：未通过校验，因此未被使用。请选择更早的备份。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="189"/>
        <source>This file is not a backup of a Guanxi book, so it was not used. Choose another backup.</source>
        <translation>此文件不是 Guanxi 客户库的备份，因此未被使用。请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="191"/>
        <source>No good backup of this book was found (each one was missing, damaged or written by a newer Guanxi). The book was not changed. Open it read-only to save what can be read, and keep a copy of the book file for support.</source>
        <translation>未找到此客户库的完好备份（每个备份都已丢失、损坏，或由更新版本的 Guanxi 创建）。客户库未作修改。请以只读方式打开，抢救可读取的内容，并保留一份客户库文件的副本交给技术支持。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="195"/>
        <source>There is no Guanxi book to copy at %1: the database holds none yet. Nothing was copied.</source>
        <translation>%1 处没有可复制的 Guanxi 客户簿：该数据库中还没有客户簿。没有复制任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="197"/>
        <source>This book is from an earlier Guanxi (schema %1), and a copy is only made of a book that is up to date. Nothing was copied or changed. Open the book once with this Guanxi (it is upgraded, after a backup), then copy it.</source>
        <translation>这本客户簿来自较早版本的 Guanxi（结构 %1），只有最新结构的客户簿才能复制。没有复制或更改任何内容。请先用这个版本的 Guanxi 打开一次（会先备份再升级），然后再复制。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="200"/>
        <source>There is something at the place to copy to already (%1): a book is only copied to a file that does not exist yet, or to an empty database. Nothing was copied, and what is there was not changed.</source>
        <translation>要复制到的位置已有内容（%1）：客户簿只能复制到尚不存在的文件或空数据库。没有复制任何内容，那里原有的内容也没有改动。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="203"/>
        <source>The copy was stopped: the place copied to refused a record, or it could not be written. Nothing was left there, and the book copied from is unchanged. What went wrong (table: reason):</source>
        <translation>复制已停止：目标位置拒收了一条记录，或无法写入。目标处没有留下任何内容，源客户簿保持不变。出错之处（表：原因）：</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="206"/>
        <source>The copy did not hold exactly what the book holds (table %1), so it was not kept: nothing was left at the place copied to, and the book copied from is unchanged. Try again; if it happens again, keep the book for support.</source>
        <translation>复制结果与客户簿内容不完全一致（表 %1），因此没有保留：目标处没有留下任何内容，源客户簿保持不变。请重试；如果再次出现，请保留客户簿以便技术支持。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="211"/>
        <source>The book could not be opened.</source>
        <translation>无法打开客户库。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="232"/>
        <source>The disk holding the book is full, so the backup could not be copied beside it. Free some space on that disk, then try again.</source>
        <translation>客户库所在的磁盘已满，无法把备份复制到客户库所在文件夹。请在该磁盘上腾出空间，然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="234"/>
        <source>The backup could not be copied beside the book.</source>
        <translation>无法把备份复制到客户库所在文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="235"/>
        <source>The book&apos;s folder cannot be written to, so the backup could not be copied beside it.</source>
        <translation>客户库所在文件夹无法写入，因此无法把备份复制过去。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="237"/>
        <source>This backup was written by a newer version of Guanxi. Update Guanxi, or choose an older backup.</source>
        <translation>此备份由更新版本的 Guanxi 创建。请升级 Guanxi，或选择更早的备份。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="241"/>
        <source>The backup was not restored. The book is exactly as it was, and it is open again.</source>
        <translation>备份未恢复。客户库完全保持原样，并已重新打开。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="243"/>
        <source>The backup was not restored. The book is exactly as it was.</source>
        <translation>备份未恢复。客户库完全保持原样。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="250"/>
        <source>The book was restored from the backup of %1. What was written after that backup is not in the book.</source>
        <translation>客户库已从 %1 的备份恢复。该备份之后录入的内容不在客户库中。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="253"/>
        <source>The book as it was before is kept (renamed, not deleted) at:
%1</source>
        <translation>原客户库已保留（已改名，未删除），位置：
%1</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="263"/>
        <source>The audit log was tampered with: entry %1 was changed after it was written.</source>
        <translation>审计日志被篡改：第 %1 条在写入后被改动过。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="267"/>
        <source>The audit log was tampered with: entry %1 does not follow entry %2 (entries between them were removed, or one of them was put in by hand).</source>
        <translation>审计日志被篡改：第 %1 条未接续第 %2 条（两者之间的条目被删除，或其中一条是手工插入的）。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="271"/>
        <source>The audit log was tampered with: entry %1 should be the first, but entries before it were removed, or it was put in by hand.</source>
        <translation>审计日志被篡改：第 %1 条应为第一条，但它之前的条目被删除了，或它是手工插入的。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="276"/>
        <source>The audit log was tampered with: its newest entries, after entry %1, were removed.</source>
        <translation>审计日志被篡改：第 %1 条之后最新的条目被删除了。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="278"/>
        <source>The audit log was tampered with: %1</source>
        <translation>审计日志被篡改：%1</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="290"/>
        <source>Connected: PostgreSQL %1.</source>
        <translation>已连接：PostgreSQL %1。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="292"/>
        <source>The database is empty: Guanxi will set up a new book in it.</source>
        <translation>数据库是空的：Guanxi 会在其中建立一本新客户簿。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="293"/>
        <source>The database holds a Guanxi book.</source>
        <translation>数据库中有一本 Guanxi 客户簿。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="294"/>
        <source>The database holds a book of a newer Guanxi: update Guanxi on this computer before using it.</source>
        <translation>数据库中的客户簿来自更新版本的 Guanxi：请先更新本机上的 Guanxi 再使用。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="296"/>
        <source>The database holds another program&apos;s tables (%1): Guanxi will not use it. Choose an empty database, or one holding a Guanxi book.</source>
        <translation>数据库中有其他程序的表（%1）：Guanxi 不会使用它。请选择空数据库，或存有 Guanxi 客户簿的数据库。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="305"/>
        <source>The file %1 is not there any more: choose it again.</source>
        <translation>文件 %1 已不存在：请重新选择。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="306"/>
        <source>The file could not be opened (%1). Close it in the other program, or copy it somewhere you can read, and try again.</source>
        <translation>无法打开该文件（%1）。请在其他程序中关闭它，或复制到可读取的位置后重试。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="307"/>
        <source>This file is not an Excel workbook (.xlsx) or a text file (.csv, .txt) that Guanxi can read. An older .xls workbook: open it in Excel or WPS and save it as .xlsx.</source>
        <translation>此文件不是 Guanxi 能读取的 Excel 工作簿（.xlsx）或文本文件（.csv、.txt）。如果是旧的 .xls 工作簿：请在 Excel 或 WPS 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="308"/>
        <source>This workbook is protected by a password, or is an older .xls workbook renamed: open it in Excel or WPS, remove the password, save it as .xlsx, and import again.</source>
        <translation>此工作簿设有密码，或是改了扩展名的旧 .xls 工作簿：请在 Excel 或 WPS 中打开，取消密码，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="309"/>
        <source>The workbook has no sheet named %1: choose one of its sheets.</source>
        <translation>工作簿中没有名为 %1 的工作表：请选择其中一个工作表。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="310"/>
        <source>The text of this file could not be read in any known encoding: choose the encoding by hand, or save the file as UTF-8.</source>
        <translation>无法用已知的编码读取此文件的文字：请手动选择编码，或把文件另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="312"/>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="319"/>
        <source>Empty row</source>
        <translation>空行</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="320"/>
        <source>Total row</source>
        <translation>合计行</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="333"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="338"/>
        <source>Same customer as row %1 of the sheet</source>
        <translation>与表格第 %1 行是同一客户</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="340"/>
        <source>Customer #%1 is in the book already</source>
        <translation>客户 #%1 已在客户库中</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="343"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="344"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="348"/>
        <source>vehicle added</source>
        <translation>新增车辆</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="350"/>
        <source>tags added: %1</source>
        <translation>新增标签：%1</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="352"/>
        <source>Customer #%1</source>
        <translation>客户 #%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="32"/>
        <source>Unsaved changes</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33"/>
        <source>This card has changes that are not saved. Save them?</source>
        <translation>此客户档案有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <location filename="../../app/presentation/messages.py" line="282"/>
        <source>Another desk saved this customer after you opened the card, so your changes were not saved. They are still on the card: note them, then reload (F5) to see the latest version.</source>
        <translation>您打开此客户档案后，另一台电脑上已保存了该客户，因此您的修改未能保存。修改内容仍保留在档案上：请先记下，再刷新（F5）查看最新版本。</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../app/ui/ops.py" line="129"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ops.py" line="234"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/ops.py" line="236"/>
        <source>Cancel %1</source>
        <translation>取消：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/ops.py" line="341"/>
        <source>This could not be done. What was saved before is safe. Try again; if it fails again, copy the details below for support.</source>
        <translation>此操作未能完成。之前保存的内容都安全无损。请再试一次；如果仍然失败，请复制下面的详细信息交给技术支持。</translation>
    </message>
    <message>
        <location filename="../../app/ui/ops.py" line="351"/>
        <source>Guanxi</source>
        <translation>关系</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="352"/>
        <source>Order</source>
        <translation>订车</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="361"/>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="362"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="363"/>
        <source>Expected delivery</source>
        <translation>预计交车</translation>
    </message>
</context>
<context>
    <name>OwnerFirstDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="180"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="185"/>
        <source>Create the owner&apos;s account</source>
        <translation>创建店主账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="189"/>
        <source>This book has no accounts yet. The owner signs in with this account and adds the staff and their accounts afterwards.</source>
        <translation>此账本还没有账户。店主用此账户登录，之后再添加员工及其账户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="194"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="204"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="197"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="205"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="199"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="206"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="201"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="207"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="209"/>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="213"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="233"/>
        <source>Type the owner&apos;s name and a login.</source>
        <translation>请输入店主姓名和登录名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="237"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="355"/>
        <source>Reset the password of %1</source>
        <translation>重设 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="361"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="362"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="368"/>
        <source>%1 signs in as %2.</source>
        <translation>%1 的登录名是 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="377"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PersonDataActions</name>
    <message>
        <location filename="../../app/ui/widgets/card_privacy.py" line="20"/>
        <source>Export this person&apos;s data…</source>
        <translation>导出此人的数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_privacy.py" line="23"/>
        <source>Erase this person…</source>
        <translation>删除此人…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_privacy.py" line="32"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/card_privacy.py" line="33"/>
        <source>This person&apos;s data: export it, or erase it on request</source>
        <translation>此人的数据：导出，或应要求删除</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <location filename="../../app/render/language.py" line="88"/>
        <source>ext.</source>
        <translation>转</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="79"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="286"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="288"/>
        <source>A new language takes effect the next time Guanxi starts.</source>
        <translation>更改后的语言将在下次启动 Guanxi 时生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="233"/>
        <source>Everyone (no advisor)</source>
        <translation>所有人（不指定顾问）</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="79"/>
        <location filename="../../app/desk/settings.py" line="80"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="285"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="292"/>
        <source>This desk&apos;s advisor</source>
        <translation>本机销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="82"/>
        <source>Reminders on the call sheet</source>
        <translation>回访清单上的提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="204"/>
        <source>Show this many days ahead</source>
        <translation>提前显示天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="205"/>
        <source>Drop off this many days after the date</source>
        <translation>过期后移出天数</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="262"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="225"/>
        <source>A reminder nobody dealt with leaves the call sheet this many days after its date. Follow-ups keep their own rules (see the Follow-ups tab).</source>
        <translation>无人处理的提醒在日期过后这么多天会从回访清单上移出。回访任务另有规则（见“回访”选项卡）。</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="83"/>
        <location filename="../../app/desk/settings.py" line="84"/>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="313"/>
        <source>Keep calling after no answer for</source>
        <translation>无人接听后继续拨打</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="316"/>
        <source>Show to the manager when overdue by</source>
        <translation>逾期多久后转交经理处理</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="85"/>
        <location filename="../../app/desk/settings.py" line="86"/>
        <source>Service lane</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="263"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="320"/>
        <source>After-service call after</source>
        <translation>售后回访间隔</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="323"/>
        <source>At risk after no visit for</source>
        <translation>未到店多久算有流失风险</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="326"/>
        <source>Lost after no visit for</source>
        <translation>未到店多久算已流失</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="304"/>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="304"/>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="304"/>
        <source>Kilometres</source>
        <translation>公里数</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="329"/>
        <source>Maintenance interval per make (whichever comes first)</source>
        <translation>各品牌保养间隔（以先到者为准）</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="87"/>
        <location filename="../../app/desk/settings.py" line="88"/>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="335"/>
        <location filename="../../app/desk/settings.py" line="400"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="340"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="334"/>
        <source>Count sales and service of the last</source>
        <translation>统计最近多少年的购车与售后</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="89"/>
        <source>Leads</source>
        <translation>潜客</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="90"/>
        <source>Leads and the sales floor</source>
        <translation>潜客与展厅销售</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="93"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="94"/>
        <source>Personal data</source>
        <translation>个人数据</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="295"/>
        <source>Lock the window after</source>
        <translation>无操作</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="297"/>
        <source> minutes without use</source>
        <translation> 分钟后锁定窗口</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="298"/>
        <source>0: never. Unlocking asks for the password again.</source>
        <translation>0：从不。解锁时需要再次输入密码。</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="304"/>
        <source>Book</source>
        <translation>客户簿</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="306"/>
        <source>A change of book takes effect the next time Guanxi starts.</source>
        <translation>更换客户簿将在下次启动 Guanxi 时生效。</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="338"/>
        <source>High value from</source>
        <translation>高价值起点</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="342"/>
        <source>High loyalty from a score of</source>
        <translation>高忠诚度起点（分）</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="344"/>
        <source>Loyalty score = visits a year + kinds of service used + 2 × referrals. Top tier: high value and high loyalty; middle: one of the two; small: neither.</source>
        <translation>忠诚度 = 每年进店次数 + 使用过的服务种类 + 2 × 转介绍人数。高价值客户：价值高且忠诚度高；中价值：二者之一高；低价值：都不高。</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="349"/>
        <source>Premium makes or models</source>
        <translation>豪华品牌或车型</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="350"/>
        <source>Separate them with commas.</source>
        <translation>用逗号或顿号分隔。</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="354"/>
        <source>Intent levels</source>
        <translation>意向级别</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="358"/>
        <source>Calls after a delivery, days after</source>
        <translation>交车后回访，交车后第几天</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="361"/>
        <source>Separate the days with commas, e.g. 1, 3, 7, 30.</source>
        <translation>用逗号分隔天数，例如 1, 3, 7, 30。</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="365"/>
        <source>Call a new lead within</source>
        <translation>新潜客须在此时间内联系</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="367"/>
        <source> opening hours</source>
        <translation> 个营业小时</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="369"/>
        <source>A new lead nobody has called by then is shown to the sales manager.</source>
        <translation>届时仍无人联系的新潜客会提示给销售经理。</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="373"/>
        <location filename="../../app/desk/settings.py" line="376"/>
        <source>Showroom opening hours</source>
        <translation>展厅营业时间</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="379"/>
        <source>Monthly target per advisor (won leads)</source>
        <translation>各顾问月度目标（成交数）</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="399"/>
        <source>Review customers inactive for</source>
        <translation>复核不活跃时间达</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="402"/>
        <source>Customers with no visit, no contact and no change for this long are listed in Tools &gt; Customers due for review, to be erased or kept.</source>
        <translation>在这段时间内没有到店、没有联系、也没有改动的客户，会列在“工具 &gt; 待复核的客户”中，由您决定删除或保留。</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="81"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="91"/>
        <location filename="../../app/desk/settings.py" line="92"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="477"/>
        <source>%1 (inactive)</source>
        <comment>an advisor who no longer works here</comment>
        <translation>%1（已离职）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="472"/>
        <source>A “backups” folder beside the book</source>
        <translation>与客户库同目录的“backups”文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="254"/>
        <source>Shared book on a server…</source>
        <translation>服务器上的共享客户簿…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="257"/>
        <source>Use the book on this computer</source>
        <translation>使用本机上的客户簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="283"/>
        <source>The book on this computer</source>
        <translation>本机上的客户簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="284"/>
        <source>Shared book on a server: %1</source>
        <translation>服务器上的共享客户簿：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="338"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="338"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="338"/>
        <source>Buys within (days)</source>
        <translation>预计购买（天内）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="339"/>
        <source>Follow up every (days)</source>
        <translation>跟进间隔（天）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="339"/>
        <source>Dormant after (days)</source>
        <translation>休眠（天后）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="347"/>
        <source>Add a level</source>
        <translation>添加级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="350"/>
        <source>Remove the level</source>
        <translation>删除级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="362"/>
        <source>A contact sets the lead&apos;s next follow-up from its level; an empty name shows the standard words (O ordered, H within a week, A within 15 days, B within a month, C within 3 months).</source>
        <translation>每次联系后，按潜客的级别安排下次跟进；名称留空则使用标准说法（O 已订车，H 一周内，A 15 天内，B 一个月内，C 三个月内）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="428"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="428"/>
        <source>Won leads a month</source>
        <translation>每月成交数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="460"/>
        <source>Keep at least one intent level.</source>
        <translation>请至少保留一个意向级别。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="462"/>
        <source>Two intent levels have the same code: give each its own.</source>
        <translation>有两个意向级别代码相同：请为每个级别设置不同的代码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="464"/>
        <source>The showroom must close after it opens.</source>
        <translation>展厅的关门时间必须晚于开门时间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="474"/>
        <source>Leave empty for a “backups” folder beside the book.</source>
        <translation>留空则使用与客户库同目录的“backups”文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="494"/>
        <source>Preferences not kept</source>
        <translation>偏好设置未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py" line="179"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="387"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="390"/>
        <source>Back up the book when Guanxi closes</source>
        <translation>关闭 Guanxi 时备份客户库</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="383"/>
        <source>Backups folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="386"/>
        <source>While the book is open, back up every</source>
        <translation>客户库打开期间，自动备份间隔</translation>
    </message>
    <message>
        <location filename="../../app/desk/settings.py" line="392"/>
        <source>Each backup is checked before older ones are removed. Kept: one a day for the last 7 days, one a week for 4 weeks and one a month for 12 months. Keep the backups on another disk or a USB drive to be safe from a broken disk.</source>
        <translation>每次备份都会先通过校验，再删除较早的备份。保留规则：最近 7 天每天一份，最近 4 周每周一份，最近 12 个月每月一份。建议把备份存放在另一块硬盘或 U 盘上，以防硬盘损坏。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/presentation/printing.py" line="75"/>
        <source>reached</source>
        <comment>call outcome tick box, short</comment>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="76"/>
        <source>no answer</source>
        <comment>call outcome tick box, short</comment>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="77"/>
        <source>appointment</source>
        <comment>call outcome tick box, short</comment>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="78"/>
        <source>not interested</source>
        <comment>call outcome tick box, short</comment>
        <translation>无意向</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="79"/>
        <source>wrong number</source>
        <comment>call outcome tick box, short</comment>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="139"/>
        <source>Advisor: %1 (%2)</source>
        <translation>销售顾问：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="141"/>
        <source>No advisor (%1)</source>
        <translation>未分配顾问（%1）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="149"/>
        <source>%1 (%2)</source>
        <comment>a reason to call (its detail)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="154"/>
        <source>overdue</source>
        <comment>mark next to a customer on paper</comment>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="193"/>
        <source>Call sheet</source>
        <translation>每日回访清单</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="194"/>
        <source>all advisors</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="195"/>
        <source>Customers to call: %1</source>
        <translation>待回访客户：%1</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="198"/>
        <source>Nobody to call on this day.</source>
        <translation>当天没有需要联系的客户。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="201"/>
        <location filename="../../app/presentation/printing.py" line="258"/>
        <source>Names in bold are key accounts. “!” marks a call that is overdue.</source>
        <translation>粗体姓名为重点客户；“!”表示该回访已逾期。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="205"/>
        <source>#</source>
        <translation>序</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="206"/>
        <location filename="../../app/presentation/printing.py" line="262"/>
        <location filename="../../app/presentation/printing.py" line="329"/>
        <location filename="../../app/presentation/lead_printing.py" line="36"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="263"/>
        <location filename="../../app/presentation/printing.py" line="330"/>
        <location filename="../../app/presentation/lead_printing.py" line="37"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="318"/>
        <source>Leads</source>
        <translation>潜客</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="319"/>
        <source>Leads: %1</source>
        <translation>潜客：%1</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="324"/>
        <source>No leads match.</source>
        <translation>没有符合条件的潜客。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="326"/>
        <source>“!” marks a dormant lead: no contact for its level&apos;s dormant days.</source>
        <translation>“!”表示休眠潜客：超过该意向级别的休眠天数未联系。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="331"/>
        <source>Models</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="332"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="333"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="334"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="335"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="336"/>
        <source>Quiet days</source>
        <translation>未联系天数</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="347"/>
        <source>dormant</source>
        <comment>mark next to a lead on paper</comment>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="207"/>
        <source>Reasons</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="267"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="268"/>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="209"/>
        <location filename="../../app/presentation/printing.py" line="269"/>
        <location filename="../../app/presentation/printing.py" line="337"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="211"/>
        <source>number may be wrong</source>
        <translation>号码可能有误</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="252"/>
        <source>Follow-ups</source>
        <translation>回访任务</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="253"/>
        <source>Follow-ups: %1</source>
        <translation>回访任务：%1</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="256"/>
        <source>No follow-ups are due.</source>
        <translation>没有到期的回访任务。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="264"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="265"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="266"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="288"/>
        <source>date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="294"/>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location filename="../../app/presentation/printing.py" line="297"/>
        <source>attempts: %1</source>
        <translation>拨打次数：%1</translation>
    </message>
    <message>
        <location filename="../../app/render/pdf.py" line="329"/>
        <source>Could not start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <location filename="../../app/render/pdf.py" line="345"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="28"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="30"/>
        <source>Test drives</source>
        <translation>试驾</translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="31"/>
        <source>Test drives: %1</source>
        <translation>试驾：%1</translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="34"/>
        <source>No test drives on this day.</source>
        <translation>当天没有试驾。</translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="36"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="37"/>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="38"/>
        <source>Demo car</source>
        <translation>试驾车</translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="38"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="39"/>
        <source>Licence</source>
        <translation>驾驶证</translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="39"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/presentation/lead_printing.py" line="40"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/render/language.py" line="28"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/render/language.py" line="29"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="557"/>
        <source>Pass to sales</source>
        <translation>转介给销售</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="558"/>
        <source>%1 goes to the sales advisor chosen, with your note: the call is on their call sheet today.</source>
        <translation>%1 会连同您的备注转给所选的销售顾问：今天就会排入其回访清单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="570"/>
        <source>The customer&apos;s advisor</source>
        <translation>客户的顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="573"/>
        <source>A model, if one was named</source>
        <translation>如提到车型，请填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="574"/>
        <source>What the customer said, for the sales advisor</source>
        <translation>客户说了什么，写给销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="576"/>
        <source>For</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="576"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="577"/>
        <source>To advisor</source>
        <translation>转给顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="578"/>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="578"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="155"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="160"/>
        <source>All advisors</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="64"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="67"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="69"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="71"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="72"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="75"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="77"/>
        <location filename="../../app/ui/views/reminders_view.py" line="213"/>
        <source>Advisor</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="78"/>
        <source>Call from</source>
        <translation>开始联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="184"/>
        <location filename="../../app/ui/views/reminders_view.py" line="318"/>
        <location filename="../../app/ui/views/reminders_view.py" line="498"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="187"/>
        <source>Double-click or press Enter on a group&apos;s heading to fold or unfold it</source>
        <translation>双击分组标题或在标题上按 Enter 可折叠或展开该组</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="190"/>
        <source>Reading the reminders…</source>
        <translation>正在读取提醒…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="197"/>
        <source>Make follow-up (Enter)</source>
        <translation>生成回访任务（Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="200"/>
        <source>Done (D)</source>
        <translation>已完成（D）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="202"/>
        <source>Snooze… (S)</source>
        <translation>推迟…（S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="204"/>
        <source>Dismiss (Del)</source>
        <translation>忽略（Del）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="211"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="141"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="142"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="143"/>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="144"/>
        <source>Next 30 days</source>
        <translation>未来 30 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="280"/>
        <location filename="../../app/ui/views/reminders_view.py" line="361"/>
        <source>Counting reminders…</source>
        <translation>正在统计提醒…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="316"/>
        <source>The reminders could not be read.</source>
        <translation>无法读取提醒。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/reminders_view.py" line="360"/>
        <location filename="../../app/ui/views/reminders_view.py" line="474"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/reminders_view.py" line="363"/>
        <source>%n left out: no consent</source>
        <translation>
            <numerusform>%n 条未列入：无同意</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="366"/>
        <source>Birthday, anniversary and holiday reminders are marketing: they are listed only for customers who agreed to marketing. Service reminders are left out for customers who withdrew them.</source>
        <translation>生日、纪念日和节日提醒属于营销：只列出同意接收营销信息的客户。撤回服务提醒的客户不列出服务提醒。</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="373"/>
        <source>counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="436"/>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="436"/>
        <source>Show again on:</source>
        <translation>再次提醒日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="524"/>
        <source>Export reminders</source>
        <translation>导出提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reminders_view.py" line="525"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="55"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="56"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="57"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="58"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="59"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="60"/>
        <source>Before a merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="61"/>
        <source>The book set aside by a restore</source>
        <translation>恢复时替换下来的客户库</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="102"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="113"/>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="251"/>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="313"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="123"/>
        <source>Choose the backup to put in the book&apos;s place. The book as it is now is kept aside (renamed, never deleted) next to it, and the window opens again on the restored book. What was written after the backup is not in it.</source>
        <translation>请选择用来替换当前客户库的备份。当前客户库会改名后保留在同一文件夹中（绝不删除），随后窗口将重新打开恢复后的客户库。备份之后录入的内容不在其中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="130"/>
        <source>Backups</source>
        <translation>备份列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="132"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="132"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="132"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="132"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="148"/>
        <source>No backups of this book were found, neither in its backups folder nor beside it.</source>
        <translation>未找到此客户库的备份：备份文件夹和客户库所在文件夹中都没有。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="156"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="159"/>
        <source>Restore from a backup file kept elsewhere: a USB drive, another folder.</source>
        <translation>从保存在其他位置的备份文件恢复：U 盘或其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="163"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="212"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="215"/>
        <source>This backup cannot be read: it is damaged, or it is not a Guanxi book. A restore from it would be refused.</source>
        <translation>无法读取此备份：它已损坏，或者不是 Guanxi 客户库。从它恢复会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="236"/>
        <source>Put the backup file %1 in the book&apos;s place?

The book as it is now is closed and kept aside, renamed, next to it: nothing is deleted. What was written after this backup will not be in the restored book.</source>
        <translation>用备份文件 %1 替换当前客户库吗？

当前客户库将被关闭，并改名保留在同一文件夹中，不会删除任何内容。此备份之后录入的内容不会出现在恢复后的客户库中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="241"/>
        <source>Put the backup of %1 (%2) in the book&apos;s place?

The book as it is now is closed and kept aside, renamed, next to it: nothing is deleted. What was written after this backup will not be in the restored book.</source>
        <translation>用 %1（%2）的备份替换当前客户库吗？

当前客户库将被关闭，并改名保留在同一文件夹中，不会删除任何内容。此备份之后录入的内容不会出现在恢复后的客户库中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="247"/>
        <source>Warning: this backup could not be read. It may be damaged, or not a Guanxi book: the restore will most likely be refused, and the book left as it is.</source>
        <translation>警告：无法读取此备份。它可能已损坏，或者不是 Guanxi 客户库：恢复很可能会被拒绝，客户库将保持原样。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="257"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="277"/>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="278"/>
        <source>Guanxi backups (*.bak *.db)</source>
        <translation>Guanxi 备份 (*.bak *.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="278"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="288"/>
        <source>This file is the book itself (or one of its working files), not a backup of it. Nothing was changed.

Choose a backup of the book: its name usually ends in .bak.</source>
        <translation>此文件就是客户库本身（或它的工作文件），不是它的备份。没有做任何更改。

请选择客户库的备份：备份的文件名通常以 .bak 结尾。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py" line="295"/>
        <source>This file cannot be found or read any more. Nothing was changed.

Check that the drive holding it is still connected, then choose it again.</source>
        <translation>找不到或无法再读取此文件。没有做任何更改。

请检查存放它的磁盘是否仍然连接，然后重新选择。</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="76"/>
        <source>Customers due for review</source>
        <translation>待复核的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="80"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="93"/>
        <source>Open card</source>
        <translation>打开卡片</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="95"/>
        <source>Erase…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="120"/>
        <source>%1 customers have had no visit, no contact and no change for %2 years or more (Preferences &gt; Privacy). Erase those whose data need not be kept any more; opening a card and saving it keeps the customer for another %2 years.</source>
        <translation>有 %1 位客户已 %2 年或更久没有到店、没有联系、也没有改动（偏好设置 &gt; 隐私）。请删除不再需要保留数据的客户；打开卡片并保存会让该客户再保留 %2 年。</translation>
    </message>
</context>
<context>
    <name>SalesMenu</name>
    <message>
        <location filename="../../app/ui/sales_menu.py" line="21"/>
        <source>&amp;Showroom log…</source>
        <translation>来店登记(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_menu.py" line="22"/>
        <source>&amp;Test drives…</source>
        <translation>试驾(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_menu.py" line="24"/>
        <source>&amp;Pass this customer to sales…</source>
        <translation>把此客户转介给销售(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_menu.py" line="26"/>
        <source>&amp;Lost leads to review…</source>
        <translation>待审核的战败申请(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sales_menu.py" line="28"/>
        <source>Sa&amp;les</source>
        <translation>销售(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sales_menu.py" line="123"/>
        <source>%n new lead(s) not called in time: Sales &gt; Lost leads to review…</source>
        <translation>
            <numerusform>%n 条新潜客未按时联系：销售 &gt; 待审核的战败申请…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../app/ui/widgets/save_dialog.py" line="79"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/save_dialog.py" line="81"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="30"/>
        <location filename="../../app/ui/widgets/segment_bar.py" line="104"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="32"/>
        <source>Top</source>
        <translation>高价值</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="32"/>
        <source>Middle</source>
        <translation>中价值</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="33"/>
        <source>Small</source>
        <translation>低价值</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="33"/>
        <source>Top and middle</source>
        <translation>高价值和中价值</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="37"/>
        <source>Group (2+ vehicles)</source>
        <translation>集团客户（2 辆以上）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="37"/>
        <source>Individual</source>
        <translation>个人客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="40"/>
        <source>Repeat buyers</source>
        <translation>再购客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="40"/>
        <source>New buyers</source>
        <translation>首购客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="43"/>
        <source>Premium</source>
        <translation>豪华品牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="43"/>
        <source>Mass market</source>
        <translation>大众品牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="46"/>
        <source>Key accounts</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="46"/>
        <source>Not key accounts</source>
        <translation>非重点客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="49"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="49"/>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="50"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="50"/>
        <source>Never visited</source>
        <translation>从未进店</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="53"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="69"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="69"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="70"/>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="70"/>
        <source>Buyer</source>
        <translation>购车</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="71"/>
        <source>Models</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="71"/>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="72"/>
        <source>Visits</source>
        <translation>进店</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="72"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/segment_bar.py" line="97"/>
        <source>Score at least (1 = anyone, 5 = the best fifth)</source>
        <translation>最低分（1 = 不限，5 = 最好的五分之一）</translation>
    </message>
</context>
<context>
    <name>ServerBookDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="35"/>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>在本机的密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="50"/>
        <source>Shared book on a server</source>
        <translation>服务器上的共享客户簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="56"/>
        <source>Several desks can share one book kept on a PostgreSQL database server. Give its address, or paste it (postgresql://user@server:port/database).</source>
        <translation>多个工位可以共用一本存放在 PostgreSQL 数据库服务器上的客户簿。请填写它的地址，或直接粘贴（postgresql://用户@服务器:端口/数据库）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="59"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="80"/>
        <source>Paste an address</source>
        <translation>粘贴地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="65"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="81"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="66"/>
        <source>name or IP address, e.g. 192.168.1.20</source>
        <translation>名称或 IP 地址，例如 192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="69"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="82"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="73"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="83"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="75"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="84"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="76"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="85"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="93"/>
        <source>This computer has no keyring to keep the password in: Guanxi asks for it each time it starts. The password is never written to a file.</source>
        <translation>本机没有可保存密码的密钥环：Guanxi 每次启动时都会询问密码。密码绝不会写入文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="98"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="108"/>
        <source>Use this book</source>
        <translation>使用这本客户簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="168"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="203"/>
        <source>Password for the shared book</source>
        <translation>共享客户簿的密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="206"/>
        <source>The book is on a database server (%1). Enter the password to open it.</source>
        <translation>客户簿在数据库服务器上（%1）。请输入密码以打开它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="215"/>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="219"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="223"/>
        <source>Cancel opens the book on this computer instead.</source>
        <translation>点“取消”将改为打开本机上的客户簿。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/server_book_dialog.py" line="227"/>
        <source>Open the book</source>
        <translation>打开客户簿</translation>
    </message>
</context>
<context>
    <name>ShowroomLogDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="60"/>
        <source>Showroom log</source>
        <translation>来店登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="77"/>
        <source>Needed for someone new</source>
        <translation>新客户必填</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="82"/>
        <source>Left at</source>
        <translation>离店时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="97"/>
        <source>Models they asked about</source>
        <translation>咨询的车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="101"/>
        <source>Nobody</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="115"/>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="133"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="116"/>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="133"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="117"/>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="133"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="118"/>
        <source>Came in at</source>
        <translation>到店时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="119"/>
        <source>Party size</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="120"/>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="134"/>
        <source>Interest</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="121"/>
        <source>Advisor on duty</source>
        <translation>接待顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="123"/>
        <source>Log</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="133"/>
        <source>In</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="133"/>
        <source>Out</source>
        <translation>离店</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="134"/>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="134"/>
        <source>First visit</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="134"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="162"/>
        <source>On file: %1</source>
        <translation>已有客户：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="166"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="203"/>
        <source>%1: a new customer, and a new lead.</source>
        <translation>%1：新客户，已新建潜客。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="205"/>
        <source>%1: found in the book; a new lead opened.</source>
        <translation>%1：客户库中已有；已新建潜客。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="207"/>
        <source>%1: found in the book; their open lead updated.</source>
        <translation>%1：客户库中已有；已更新其跟进中的潜客。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="209"/>
        <source>A return visit.</source>
        <translation>再次到店。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="232"/>
        <source>Today: %n entry(s)</source>
        <translation>
            <numerusform>今天：%n 条登记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/showroom_dialog.py" line="238"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="74"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="98"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="81"/>
        <source>Who is at the desk?</source>
        <translation>谁在使用这台电脑？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="86"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="95"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="92"/>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="96"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="102"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in_dialog.py" line="126"/>
        <source>Type your login.</source>
        <translation>请输入您的登录名。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="52"/>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="61"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="66"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="66"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="66"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="66"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="67"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="67"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="71"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="72"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="73"/>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="162"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="75"/>
        <source>Reset &amp;password…</source>
        <translation>重设密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="77"/>
        <source>&amp;Hand over customers…</source>
        <translation>移交客户(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="86"/>
        <source>Rights</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="90"/>
        <source>Sees full phone numbers, ID numbers and addresses (others see them masked, except on their own customers). Takes effect at each person&apos;s next sign-in.</source>
        <translation>可查看完整的电话号码、证件号码和地址（其他角色看到的是遮盖后的，自己的客户除外）。每人下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="128"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="128"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="163"/>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="203"/>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="204"/>
        <source>%1 still has %2 customers and %3 open follow-ups. Hand them over to others before deactivating?</source>
        <translation>%1 仍有 %2 位客户和 %3 条未完成的跟进。停用前先移交给其他人吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="246"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="251"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>StaffEditDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="270"/>
        <source>Add a staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="271"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="286"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="286"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="287"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="287"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="288"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="298"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/staff_dialog.py" line="299"/>
        <source>Leave the password empty for a staff member who does not sign in (a password needs a login).</source>
        <translation>不需要登录的员工请留空密码（设置密码需要登录名）。</translation>
    </message>
</context>
<context>
    <name>TestDriveDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="484"/>
        <source>Schedule a test drive</source>
        <translation>预约试驾</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="485"/>
        <source>It goes on the advisor&apos;s call sheet that day and on the day&apos;s test-drive list.</source>
        <translation>会排入顾问当天的回访清单和当天的试驾列表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="501"/>
        <source>The demo car&apos;s plate</source>
        <translation>试驾车车牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="504"/>
        <source>The lead&apos;s advisor</source>
        <translation>潜客的顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="505"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="505"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="506"/>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="506"/>
        <source>Demo car</source>
        <translation>试驾车</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/lead_dialogs.py" line="507"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
</context>
<context>
    <name>TestDrivesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="54"/>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="121"/>
        <source>Test drives</source>
        <translation>试驾</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="65"/>
        <source>Every advisor</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="66"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="71"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="73"/>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="80"/>
        <source>Advisor</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="79"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="79"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="79"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="79"/>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="80"/>
        <source>Demo car</source>
        <translation>试驾车</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="80"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="80"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="81"/>
        <source>Licence seen</source>
        <translation>已查验驾驶证</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="81"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/sales_lists.py" line="105"/>
        <source>%n test drive(s)</source>
        <translation>
            <numerusform>%n 次试驾</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sales_lists.py" line="109"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ValueLine</name>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="48"/>
        <source>Top tier</source>
        <translation>高价值客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="49"/>
        <source>Middle tier</source>
        <translation>中价值客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="50"/>
        <source>Small tier</source>
        <translation>低价值客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="58"/>
        <source>high value and high loyalty.</source>
        <translation>价值高，忠诚度也高。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="60"/>
        <source>high value, but low loyalty.</source>
        <translation>价值高，但忠诚度低。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="62"/>
        <source>loyal, but low value.</source>
        <translation>忠诚度高，但价值低。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="64"/>
        <source>low value and low loyalty.</source>
        <translation>价值低，忠诚度也低。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/value_line.py" line="67"/>
        <source>Value %1 in the last %n year(s) (sales here and service); high from %2.</source>
        <translation>
            <numerusform>最近 %n 年价值 %1（本店购车与售后）；%2 起为高。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="72"/>
        <source>Loyalty %1 = %2 visits a year + %3 kinds of service or purchase + 2 × %4 referral(s); high from %5.</source>
        <translation>忠诚度 %1 = 每年进店 %2 次 + %3 种服务或购车 + 2 × %4 位转介绍；%5 起为高。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="80"/>
        <source>never visited or bought here</source>
        <translation>从未在本店进店或购车</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/value_line.py" line="82"/>
        <source>last visit or purchase %n day(s) ago</source>
        <translation>
            <numerusform>最近一次进店或购车在 %n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="84"/>
        <source>RFM %1-%2-%3 (5 = the best fifth of customers): %4, %5 visit(s).</source>
        <translation>RFM %1-%2-%3（5 = 最好的五分之一客户）：%4，进店 %5 次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="89"/>
        <source>group customer (2+ vehicles)</source>
        <translation>集团客户（2 辆以上）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="91"/>
        <source>repeat buyer</source>
        <translation>再购客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="93"/>
        <source>drives a premium make</source>
        <translation>开豪华品牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="95"/>
        <source>Also: %1.</source>
        <translation>另：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="95"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="111"/>
        <source>Working out the customer&apos;s value…</source>
        <translation>正在计算客户价值…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="119"/>
        <source>The customer&apos;s value could not be worked out.</source>
        <translation>无法计算该客户的价值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/value_line.py" line="126"/>
        <source>No value yet: the customer is new or archived.</source>
        <translation>暂无价值：客户是新建的或已归档。</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="55"/>
        <source>Edit vehicle</source>
        <translation>编辑车辆</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="55"/>
        <source>New vehicle</source>
        <translation>新增车辆</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="72"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="73"/>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="82"/>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="83"/>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="84"/>
        <source>Series / trim</source>
        <translation>车系/配置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="85"/>
        <source>VIN</source>
        <translation>车架号（VIN）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="86"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="87"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="88"/>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="89"/>
        <source>Purchase date</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="90"/>
        <source>Bought</source>
        <translation>购车方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="91"/>
        <source>Price</source>
        <translation>购车价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="92"/>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="93"/>
        <source>Insurance expires</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="94"/>
        <source>Annual inspection due</source>
        <translation>年检到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="95"/>
        <source>Warranty ends</source>
        <translation>质保到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="96"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="128"/>
        <source>{name}: {start} – {end}</source>
        <translation>{name}：{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="131"/>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="135"/>
        <source>Owners:</source>
        <translation>历任车主：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="219"/>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="223"/>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="225"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/vehicle_dialog.py" line="220"/>
        <source>Another desk changed this vehicle meanwhile. Close and open it again.</source>
        <translation>在此期间，另一台电脑上修改了该车辆信息。请关闭后重新打开。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="208"/>
        <source>New service visit</source>
        <translation>登记进厂</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="220"/>
        <source>Plate or part of it, then Enter</source>
        <translation>输入车牌（可部分），按 Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="234"/>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="239"/>
        <source>A lower mileage is questioned before it is saved.</source>
        <translation>里程低于上次记录时，保存前会先确认。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="242"/>
        <source>Work done</source>
        <translation>作业项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="242"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="258"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="259"/>
        <source>Date in</source>
        <translation>进厂日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="260"/>
        <source>Date out</source>
        <translation>出厂日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="261"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="262"/>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="263"/>
        <source>Work items</source>
        <translation>作业项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="264"/>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="253"/>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="265"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="91"/>
        <source>no earlier reading</source>
        <translation>无历史里程</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="94"/>
        <source>last: %1 km (vehicle card)</source>
        <translation>上次：%1 公里（车辆档案）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="96"/>
        <source>last: %1 km on %2</source>
        <translation>上次：%1 公里（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="207"/>
        <source>Edit service visit</source>
        <translation>修改进厂记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="266"/>
        <source>Comments</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="301"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="383"/>
        <source>No vehicle with this plate in the book.</source>
        <translation>客户库中没有这个车牌的车辆。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="391"/>
        <source>%n vehicle(s) match: choose with the arrows and Enter.</source>
        <translation>
            <numerusform>%n 辆车匹配：用方向键选择后按 Enter。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="456"/>
        <source>Total: ¥%1</source>
        <translation>合计：¥%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="540"/>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="544"/>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="549"/>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="551"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="541"/>
        <source>This visit was deleted at another desk, so your changes were not saved. Close this window; log the visit again if it did take place.</source>
        <translation>这条进厂记录已在另一台电脑上被删除，您的修改未保存。请关闭此窗口；如确有这次进厂，请重新登记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="545"/>
        <source>Another desk changed this visit after you opened it, so your changes were not saved. They are still in this window: note them, close it and open the visit again.</source>
        <translation>您打开这条进厂记录后，另一台电脑修改了它，因此您的修改未保存。修改内容仍在此窗口中：请先记下，再关闭窗口并重新打开这条记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="557"/>
        <source>Lower mileage</source>
        <translation>里程偏低</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="558"/>
        <source>This mileage is lower than the last known %1 km. Save anyway?</source>
        <translation>该里程低于上次记录的 %1 公里。仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="601"/>
        <source>%1 visit of %2, %3</source>
        <translation>%2 %1，%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="606"/>
        <source>, %1 km</source>
        <translation>，%1 公里</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="607"/>
        <source>, ¥%1</source>
        <translation>，¥%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="610"/>
        <source>Delete service visit</source>
        <translation>删除进厂记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="611"/>
        <source>Delete the %1?

The vehicle&apos;s mileage and next service are worked out again from the visits left, a post-service call not yet made is cancelled, and the deletion is noted on the customer&apos;s timeline. It cannot be undone.</source>
        <translation>要删除这条进厂记录吗？
%1

删除后，车辆里程和下次保养将按剩余的进厂记录重新计算，尚未拨打的售后回访将被取消，删除操作会记入客户的联系记录。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="620"/>
        <source>Service visit deleted: %1.</source>
        <translation>已删除进厂记录：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="621"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="625"/>
        <source>This visit had already been deleted at another desk. The list now shows the visits as they are.</source>
        <translation>这条进厂记录已在另一台电脑上被删除。列表已刷新为当前记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/visit_dialog.py" line="629"/>
        <source>Another desk changed this visit after the list was shown, so it was kept. Look at it again, then delete it if it is still wrong.</source>
        <translation>列表显示后，另一台电脑修改了这条进厂记录，因此未删除。请重新查看，如仍有误再删除。</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="50"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="50"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="50"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="50"/>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="51"/>
        <source>Total (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="51"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="51"/>
        <source>Work done</source>
        <translation>作业项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="54"/>
        <source>New visit…</source>
        <translation>登记进厂…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="57"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="59"/>
        <source>Correct the selected visit (or double-click it)</source>
        <translation>修改所选进厂记录（或双击该记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="61"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/visits_panel.py" line="63"/>
        <source>Delete the selected visit (asks first)</source>
        <translation>删除所选进厂记录（会先确认）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/visits_panel.py" line="141"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次进厂</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="98"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="103"/>
        <source>All service advisors</source>
        <translation>全部服务顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="107"/>
        <source>New visit…</source>
        <translation>登记进厂…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="109"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="111"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="113"/>
        <source>Correct the selected visit (or double-click it)</source>
        <translation>修改所选进厂记录（或双击该记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="115"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="117"/>
        <source>Delete the selected visit (asks first)</source>
        <translation>删除所选进厂记录（会先确认）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="119"/>
        <source>Open customer</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="131"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="133"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="68"/>
        <location filename="../../app/ui/views/visits_view.py" line="136"/>
        <location filename="../../app/ui/views/visits_view.py" line="249"/>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="56"/>
        <location filename="../../app/ui/views/visits_view.py" line="241"/>
        <source>Date in</source>
        <translation>进厂日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="57"/>
        <location filename="../../app/ui/views/visits_view.py" line="242"/>
        <source>Date out</source>
        <translation>出厂日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="59"/>
        <location filename="../../app/ui/views/visits_view.py" line="243"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="60"/>
        <location filename="../../app/ui/views/visits_view.py" line="244"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="62"/>
        <location filename="../../app/ui/views/visits_view.py" line="246"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="63"/>
        <location filename="../../app/ui/views/visits_view.py" line="247"/>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="66"/>
        <location filename="../../app/ui/views/visits_view.py" line="248"/>
        <source>Total (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="61"/>
        <location filename="../../app/ui/views/visits_view.py" line="245"/>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="70"/>
        <location filename="../../app/ui/views/visits_view.py" line="250"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="73"/>
        <location filename="../../app/ui/views/visits_view.py" line="252"/>
        <source>Comments</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/visits_view.py" line="171"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次进厂</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="251"/>
        <source>Work items</source>
        <translation>作业项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="126"/>
        <location filename="../../app/ui/views/visits_view.py" line="261"/>
        <source>Service visits</source>
        <translation>售后记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="276"/>
        <source>Export service visits</source>
        <translation>导出售后记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/visits_view.py" line="277"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
</TS>
