<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../ui/dialogs/amount.py" line="34" />
        <location filename="../../ui/dialogs/amount.py" line="35" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="45" />
        <source>Manager approval</source>
        <translation>经理授权</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="59" />
        <source>Manager: press your name</source>
        <translation>经理：请按您的名字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="78" />
        <source>Approve</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="106" />
        <source>Press the manager's name first.</source>
        <translation>请先按经理的名字。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="109" />
        <source>Type the manager's PIN.</source>
        <translation>请输入经理的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="64" />
        <source>Manager PIN</source>
        <translation>经理 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="53" />
        <source>Manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="94" />
        <source>Cancel order %s</source>
        <translation>取消订单 %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="96" />
        <source>Why is the order cancelled?</source>
        <translation>为什么取消该订单？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="99" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="103" />
        <source>Customer request</source>
        <translation>顾客要求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="103" />
        <source>Item out of stock</source>
        <translation>商品缺货</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="103" />
        <source>Item damaged</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="103" />
        <source>Not paid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="107" />
        <source>Type or choose a reason</source>
        <translation>输入或选择原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="118" />
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../ui/cart_model.py" line="22" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="22" />
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="22" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="22" />
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="22" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="96" />
        <source>sold out here</source>
        <translation>本店售罄</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="102" />
        <source>home</source>
        <translation>家中</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="103" />
        <source>held</source>
        <translation>已预留</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="103" />
        <source>to be confirmed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="104" />
        <source>cloud shelf → %1, %2</source>
        <translation>云货架 → %1，%2</translation>
    </message>
</context>
<context>
    <name>ChangeDue</name>
    <message>
        <location filename="../../ui/change_due.py" line="21" />
        <source>Change due</source>
        <translation>应找零</translation>
    </message>
    <message>
        <location filename="../../ui/change_due.py" line="35" />
        <source>Refund: %s</source>
        <translation>退款：%s</translation>
    </message>
    <message>
        <location filename="../../ui/change_due.py" line="37" />
        <source>Change: %s</source>
        <translation>找零：%s</translation>
    </message>
</context>
<context>
    <name>DeviceSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="55" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="72" />
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="75" />
        <source>Printer URL</source>
        <translation>打印机地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="77" />
        <source>Printer profile</source>
        <translation>打印机型号配置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="78" />
        <location filename="../../ui/dialogs/devices.py" line="82" />
        <source>Columns</source>
        <translation>每行字数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="79" />
        <location filename="../../ui/dialogs/devices.py" line="83" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="80" />
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="81" />
        <source>Profile</source>
        <translation>型号配置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="87" />
        <source>Barcode scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="90" />
        <source>Scanner port</source>
        <translation>扫描枪端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="90" />
        <source>empty: keyboard scanner</source>
        <translation>留空：键盘式扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="92" />
        <source>Scanner USB id</source>
        <translation>扫描枪 USB 标识</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="95" />
        <location filename="../../ui/dialogs/devices.py" line="106" />
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="99" />
        <source>Keyboard scanners: tell scans from typing by their speed</source>
        <translation>键盘式扫描枪：按输入速度区分扫码和打字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="101" />
        <source>Keyboard scanners</source>
        <translation>键盘式扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="104" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="105" />
        <source>USB id</source>
        <translation>USB 标识</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="111" />
        <source>Cash drawer and customer display</source>
        <translation>钱箱和顾客显示屏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="114" />
        <source>Drawer port</source>
        <translation>钱箱端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="114" />
        <source>empty: through the printer</source>
        <translation>留空：通过打印机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="117" />
        <source>Display port</source>
        <translation>显示屏端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="120" />
        <source>Display commands</source>
        <translation>显示屏指令集</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="122" />
        <source>Drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="123" />
        <source>Display</source>
        <translation>显示屏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="124" />
        <source>Commands</source>
        <translation>指令集</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="133" />
        <source>Test printer</source>
        <translation>测试打印机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="134" />
        <source>Test scanner</source>
        <translation>测试扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="135" />
        <source>Test drawer</source>
        <translation>测试钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="136" />
        <source>Test display</source>
        <translation>测试显示屏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="152" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="154" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="200" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="217" />
        <source>Saved. The devices restarted with these settings.</source>
        <translation>已保存。设备已按新设置重新启动。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs/base.py" line="37" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="38" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/base.py" line="58" />
        <source>%n item(s)</source>
        <translation><numerusform>%n 件</numerusform></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="32" />
        <source>Hand over %s</source>
        <translation>交付 %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="36" />
        <source>Pickup code (leave empty if the customer has none: a manager checks ID)</source>
        <translation>取货码（顾客没有取货码时留空：由经理核对证件）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="39" />
        <source>Pickup code</source>
        <translation>取货码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="45" />
        <source>Items to hand over</source>
        <translation>要交付的商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="46" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="46" />
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="46" />
        <source>Hand over</source>
        <translation>交付</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="55" />
        <source>Units of %s to hand over</source>
        <translation>%s 的交付数量</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="82" />
        <source>A pickup code is 6 digits.</source>
        <translation>取货码为 6 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="85" />
        <source>Nothing to hand over: cancel the order instead.</source>
        <translation>没有要交付的商品：请改为取消订单。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="91" />
        <source>Device status</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Quit the till</source>
        <translation>退出收银台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>Till %s</source>
        <translation>收银机 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>Count the float in the drawer</source>
        <translation>清点钱箱中的备用金</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>No shift is open: open one to sell (Ctrl+Shift+O).</source>
        <translation>当前没有开班：请先开班再销售（Ctrl+Shift+O）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>Offline mode: not enrolled with the platform</source>
        <translation>离线模式：未注册到平台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>last synced %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>The disk is full: nothing new can be saved (the sale on screen is kept)</source>
        <translation>磁盘已满：无法保存新内容（屏幕上的销售已保留）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="223" />
        <source>%n event(s) waiting</source>
        <translation><numerusform>%n 条待同步</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="225" />
        <source>%n refused: call support</source>
        <translation><numerusform>%n 条被拒绝：请联系技术支持</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>sync restarted after an error at %1</source>
        <translation>同步出错后已于 %1 重新启动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>catalogue</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Syncing the %1: %2 so far</source>
        <translation>正在同步%1：已完成 %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Syncing the %1: %2 of %3</source>
        <translation>正在同步%1：%2 / %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>%1 a second</source>
        <translation>每秒 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="253" />
        <source>%n second(s) left</source>
        <translation><numerusform>剩余 %n 秒</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="255" />
        <source>about %n minute(s) left</source>
        <translation><numerusform>约剩 %n 分钟</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>Sign in first, then scan.</source>
        <translation>请先登录，再扫码。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274" />
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275" />
        <source>paper low</source>
        <translation>纸将用完</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>Printer: %s</source>
        <translation>打印机：%s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="280" />
        <source>%n receipt(s) waiting</source>
        <translation><numerusform>%n 张小票待打印</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282" />
        <source>keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284" />
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>Scanner: %s</source>
        <translation>扫描枪：%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>Display: not connected</source>
        <translation>显示屏：未连接</translation>
    </message>
</context>
<context>
    <name>NumPad</name>
    <message>
        <location filename="../../ui/numpad.py" line="35" />
        <source>Number pad</source>
        <translation>数字键盘</translation>
    </message>
    <message>
        <location filename="../../ui/numpad.py" line="41" />
        <source>Decimal point</source>
        <translation>小数点</translation>
    </message>
    <message>
        <location filename="../../ui/numpad.py" line="42" />
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <location filename="../../ui/numpad.py" line="43" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/numpad.py" line="44" />
        <location filename="../../ui/numpad.py" line="49" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <location filename="../../ui/dialogs/amount.py" line="87" />
        <source>Type a number, e.g. 2 or 12.5.</source>
        <translation>请输入数字，例如 2 或 12.5。</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="33" />
        <source>Parked sales (%1)</source>
        <translation>挂起的销售（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="39" />
        <source>Parked sales</source>
        <translation>挂起的销售</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="40" />
        <source>Parked at</source>
        <translation>挂起时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="40" />
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="40" />
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="40" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="40" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/parked.py" line="53" />
        <source>%n item(s)</source>
        <translation><numerusform>%n 件</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="55" />
        <source>(no label)</source>
        <translation>（无备注）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="71" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="92" />
        <source>Park the sale: %1 item(s), %2</source>
        <translation>挂起销售：%1 件，%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="95" />
        <source>Label (optional), e.g. the customer's name</source>
        <translation>备注（可选），例如顾客姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="68" />
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>Pickup</name>
    <message>
        <location filename="../../ui/screens/pickup.py" line="42" />
        <source>new</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="43" />
        <source>picking</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="44" />
        <source>ready for pickup</source>
        <translation>待取货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="45" />
        <source>collected</source>
        <translation>已取货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="46" />
        <source>partly collected</source>
        <translation>部分取货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="47" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="48" />
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="55" />
        <source>Cancelled online while it was picked</source>
        <translation>拣货时已在线上取消</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="56" />
        <source>Also handed over at another till</source>
        <translation>另一台收银机也已交付</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="57" />
        <source>Handed over after it was cancelled online</source>
        <translation>线上取消后仍被交付</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="58" />
        <source>Handed over elsewhere before this cancel</source>
        <translation>在此取消之前已在别处交付</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="59" />
        <source>No longer listed at the platform</source>
        <translation>平台上已不再列出此订单</translation>
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="20" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="22" />
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="23" />
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>PickupModel</name>
    <message>
        <location filename="../../ui/pickup_model.py" line="64" />
        <source>Nothing was lost. Try again; if it happens again, call support.</source>
        <translation>没有丢失任何数据。请重试；如果再次发生，请联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../ui/pickup_model.py" line="94" />
        <source>Order %s is ready; the customer is told when the platform hears of it.</source>
        <translation>订单 %s 已备好；平台收到后会通知顾客。</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <location filename="../../ui/screens/pickup.py" line="115" />
        <source>Scan an order or an item</source>
        <translation>扫描订单或商品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="116" />
        <source>Scan the order's QR code or an item; or type an order code</source>
        <translation>扫描订单二维码或商品；或输入订单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="122" />
        <source>Pickup code, name or phone digits</source>
        <translation>取货码、姓名或手机尾号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="123" />
        <source>Pickup code, customer's name or last 4 phone digits</source>
        <translation>取货码、顾客姓名或手机后 4 位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="126" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="139" />
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="140" />
        <source>New</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="141" />
        <source>Picking</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="142" />
        <location filename="../../ui/screens/pickup.py" line="184" />
        <source>Ready</source>
        <translation>待取货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="143" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="78" />
        <source>Online orders for pickup</source>
        <translation>线上自提订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="76" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="76" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="76" />
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="77" />
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="77" />
        <source>Age</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="77" />
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="164" />
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="165" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="165" />
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="165" />
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="165" />
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="182" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="183" />
        <source>Seen</source>
        <translation>已知悉</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="185" />
        <source>Hand over</source>
        <translation>交付</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="186" />
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="187" />
        <location filename="../../ui/screens/pickup.py" line="308" />
        <source>Pick slip</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="188" />
        <source>Take payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="189" />
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="190" />
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="236" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="236" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="268" />
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="268" />
        <source>to pay %s</source>
        <translation>待付 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="270" />
        <source>(details removed)</source>
        <translation>（信息已删除）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="271" />
        <source>ordered %s</source>
        <translation>下单于 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="273" />
        <source>phone …%s</source>
        <translation>手机 …%s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="277" />
        <source>handed over at %s</source>
        <translation>交付于 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="282" />
        <source>demo: the customer's pickup code is %s</source>
        <translation>演示：顾客的取货码是 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="334" />
        <location filename="../../ui/screens/pickup.py" line="345" />
        <source>Open an order first.</source>
        <translation>请先打开一个订单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="334" />
        <location filename="../../ui/screens/pickup.py" line="345" />
        <source>Click it in the queue, or scan its code.</source>
        <translation>在队列中点击订单，或扫描订单号。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="360" />
        <source>Order %s handed over.</source>
        <translation>订单 %s 已交付。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="366" />
        <source>Not approved; the order was not handed over.</source>
        <translation>未获授权；订单未交付。</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="167" />
        <source>Another source for %1</source>
        <translation>为 %1 另选货源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="174" />
        <source>Source of %1</source>
        <translation>%1 的货源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="176" />
        <source>Best by the rule</source>
        <translation>按规则最优</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="183" />
        <source>Reserve there</source>
        <translation>在此预留</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="185" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="45" />
        <source>Return or exchange</source>
        <translation>退货或换货</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="52" />
        <source>Receipt number or QR code</source>
        <translation>小票号或二维码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="53" />
        <source>Scan the receipt's QR code or type its number</source>
        <translation>扫描小票二维码或输入小票号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="57" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="66" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="66" />
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="66" />
        <source>Returnable</source>
        <translation>可退</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="66" />
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="81" />
        <source>Add to sale</source>
        <translation>加入本单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="83" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="120" />
        <source>How many of %s come back</source>
        <translation>%s 退回几件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="127" />
        <source>One fewer</source>
        <translation>减一件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="130" />
        <source>One more</source>
        <translation>加一件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="156" />
        <source>%1 of this were sold, %2 returned already: %3 can come back.</source>
        <translation>此商品售出 %1 件，已退 %2 件：还可退 %3 件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="158" />
        <source>%1 of this were sold: no more can come back.</source>
        <translation>此商品售出 %1 件：不能再多退。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="165" />
        <source>Find the receipt first.</source>
        <translation>请先查找小票。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="170" />
        <source>Choose how many of which item come back.</source>
        <translation>请选择退回的商品和数量。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/widgets.py" line="19" />
        <source>cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="20" />
        <source>clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="21" />
        <source>manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>SaleKeys</name>
    <message>
        <location filename="../../ui/screens/sale_keys.py" line="41" />
        <source>This sale</source>
        <translation>本单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_keys.py" line="42" />
        <source>Shift and drawer</source>
        <translation>班次与钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_keys.py" line="43" />
        <source>Store</source>
        <translation>门店</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <location filename="../../ui/screens/sale.py" line="67" />
        <source>Scan or search</source>
        <translation>扫码或搜索</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="67" />
        <source>Scan a barcode, or type a SKU or a name and press Enter</source>
        <translation>扫描条码，或输入 SKU 或名称后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="120" />
        <source>Items in this sale</source>
        <translation>本单商品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="137" />
        <location filename="../../ui/screens/sale.py" line="391" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="138" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="139" />
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="140" />
        <source>Park</source>
        <translation>挂单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="141" />
        <source>Parked</source>
        <translation>挂单列表</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="142" />
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="143" />
        <source>Void line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="144" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="145" />
        <source>Pay</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="146" />
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="147" />
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="148" />
        <location filename="../../ui/screens/sale.py" line="407" />
        <source>Order discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="149" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="150" />
        <location filename="../../ui/screens/sale.py" line="459" />
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="151" />
        <location filename="../../ui/screens/sale.py" line="459" />
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="152" />
        <source>Void sale</source>
        <translation>作废本单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="153" />
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="154" />
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="155" />
        <location filename="../../ui/screens/sale.py" line="509" />
        <source>Reprint</source>
        <translation>重印小票</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="156" />
        <source>No sale</source>
        <translation>开钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="157" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="158" />
        <source>Pickup</source>
        <translation>自提</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="159" />
        <source>Cloud shelf</source>
        <translation>云货架</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="160" />
        <source>Shelf orders</source>
        <translation>云货架订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="161" />
        <source>Shared stock</source>
        <translation>共享库存</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="283" />
        <source>Quick keys not in the catalog: %s.</source>
        <translation>快捷键商品不在目录中：%s。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="284" />
        <source>A manager fixes [till] quick_keys in config.toml.</source>
        <translation>请经理在 config.toml 的 [till] quick_keys 中修正。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="296" />
        <source>Sold out here: %1.</source>
        <translation>本店已售罄：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="298" />
        <source>Only %2 in stock here: %1.</source>
        <translation>本店仅剩 %2 件：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="300" />
        <source>Ctrl+E sells it from the cloud shelf.</source>
        <translation>按 Ctrl+E 从云货架销售。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="354" />
        <source>Nothing found for '%s'.</source>
        <translation>未找到“%s”。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="367" />
        <source>Select a line first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="367" />
        <source>Scan an item or click a line.</source>
        <translation>扫描商品或点击一行。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="385" />
        <source>Till %s</source>
        <translation>收银机 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="392" />
        <source>New quantity</source>
        <translation>新数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="401" />
        <source>Line discount</source>
        <translation>单行折扣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="402" />
        <location filename="../../ui/screens/sale.py" line="408" />
        <source>Discount in percent</source>
        <translation>折扣百分比</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="414" />
        <source>Note for this sale</source>
        <translation>本单备注</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="415" />
        <source>Printed on the receipt (up to 500 characters)</source>
        <translation>打印在小票上（最多 500 字）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="425" />
        <source>New price</source>
        <translation>新价格</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="426" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="435" />
        <source>Not approved; the sale is as it was.</source>
        <translation>未获授权；本单保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="449" />
        <source>No parked sales.</source>
        <translation>没有挂起的销售。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="460" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="471" />
        <source>The sale has no items.</source>
        <translation>本单没有商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="471" />
        <source>Scan an item first.</source>
        <translation>请先扫描商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="488" />
        <source>Receipt %s sent to the printer.</source>
        <translation>小票 %s 已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="493" />
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="500" />
        <source>Receipt %s: COPY</source>
        <translation>小票 %s：重印副本</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="503" />
        <source>Copy of %s queued for the printer.</source>
        <translation>%s 的副本已加入打印队列。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="505" />
        <source>No printer is set up: the copy of %s is shown only.</source>
        <translation>未设置打印机：%s 的副本仅在屏幕上显示。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="510" />
        <source>Receipt number, or scan its QR code</source>
        <translation>小票号，或扫描小票二维码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="513" />
        <source>Type a receipt number.</source>
        <translation>请输入小票号。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="521" />
        <source>Open the drawer</source>
        <translation>打开钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="522" />
        <source>Why does the drawer open without a sale?</source>
        <translation>无销售打开钱箱的原因？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="524" />
        <source>Type a reason, e.g. change for a note.</source>
        <translation>请输入原因，例如：兑换零钱。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="565" />
        <source>Cloud-shelf order held at the platform: take the payment.</source>
        <translation>云货架订单已在平台预留：请收款。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="568" />
        <source>Offline: the cloud-shelf order is sold to be confirmed when the sale reaches the platform.</source>
        <translation>离线：云货架订单已售出，待销售同步到平台后确认。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sale.py" line="573" />
        <source>Cloud-shelf orders waiting for a refund or another source: %n (Ctrl+Shift+E).</source>
        <translation><numerusform>待退款或另选货源的云货架订单：%n 个（Ctrl+Shift+E）。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="581" />
        <source>Report</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="59" />
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>Shelf</name>
    <message>
        <location filename="../../ui/blocks.py" line="28" />
        <source>store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="29" />
        <source>warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="36" />
        <source>Live from the platform</source>
        <translation>平台实时数据</translation>
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="39" />
        <source>No figures of other locations yet</source>
        <translation>尚无其他地点的库存数据</translation>
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="41" />
        <source>Offline: figures as of %1 ago</source>
        <translation>离线：数据为 %1 前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="28" />
        <source>held, on its way to the platform</source>
        <translation>已预留，正在同步到平台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="29" />
        <source>to be confirmed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="30" />
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="31" />
        <source>stock gone</source>
        <translation>库存已无</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="32" />
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="33" />
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="34" />
        <source>arrived, in the store's pickup queue</source>
        <translation>已到店，在门店自提队列中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="35" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="41" />
        <source>refunded (%1)</source>
        <translation>已退款（%1）</translation>
    </message>
</context>
<context>
    <name>ShelfDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="56" />
        <source>Cloud shelf</source>
        <translation>云货架</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="61" />
        <source>Style, SKU, barcode or name</source>
        <translation>款号、SKU、条码或名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="62" />
        <source>Scan an item, or type a style code, a SKU or a name</source>
        <translation>扫描商品，或输入款号、SKU 或名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="66" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="76" />
        <source>Age of the figures</source>
        <translation>数据时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="73" />
        <source>Sizes and colours: here, other stores, warehouse</source>
        <translation>尺码与颜色：本店、其他门店、仓库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="108" />
        <source>Where it comes from</source>
        <translation>货源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="112" />
        <location filename="../../ui/dialogs/shelf.py" line="141" />
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="120" />
        <source>Add to order</source>
        <translation>加入订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="124" />
        <source>Items of the cloud-shelf order</source>
        <translation>云货架订单商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="126" />
        <source>Remove item</source>
        <translation>移除商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="155" />
        <source>Delivery and payment</source>
        <translation>配送与收款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="157" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="134" />
        <source>Replaces in this sale: %1 × %2</source>
        <translation>替换本单中的：%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="140" />
        <source>From</source>
        <translation>货源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="148" />
        <source>This order</source>
        <translation>本订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="170" />
        <source>Scan an item, or type a style code, a SKU or a name.</source>
        <translation>请扫描商品，或输入款号、SKU 或名称。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="173" />
        <source>Asking the platform ...</source>
        <translation>正在查询平台……</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="195" />
        <source>Here %1</source>
        <translation>本店 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="196" />
        <source>Stores %1</source>
        <translation>门店 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="197" />
        <source>Warehouse %1</source>
        <translation>仓库 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="213" />
        <source>%1 held</source>
        <translation>预留 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="222" />
        <source>and %1 more</source>
        <translation>另有 %1 处</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="240" />
        <source>Choose a size and colour.</source>
        <translation>请选择尺码和颜色。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="244" />
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="246" />
        <source>Best by the rule</source>
        <translation>按规则最优</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="247" />
        <source>%1 available</source>
        <translation>可用 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="266" />
        <source>Not enough at %1 on these figures: %2 available.</source>
        <translation>按当前数字，%1 库存不足：仅 %2 件可用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="270" />
        <source>Chosen source: %1</source>
        <translation>选定货源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="277" />
        <source>Not enough at other locations on these figures.</source>
        <translation>按现有数据，其他地点库存不足。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="280" />
        <source>The rule would take it from: %1</source>
        <translation>按规则将从以下地点发货：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="286" />
        <source>Choose a size and colour first.</source>
        <translation>请先选择尺码和颜色。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="309" />
        <source>best by the rule</source>
        <translation>按规则最优</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="315" />
        <source>Add an item to the order first.</source>
        <translation>请先向订单添加商品。</translation>
    </message>
</context>
<context>
    <name>ShelfOrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="344" />
        <source>Cloud-shelf order</source>
        <translation>云货架订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="351" />
        <source>To the customer's home</source>
        <translation>送到顾客家中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="353" />
        <source>To a store, for pickup</source>
        <translation>送到门店自提</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="362" />
        <source>Store for pickup</source>
        <translation>自提门店</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="407" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="408" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="408" />
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="409" />
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="410" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="410" />
        <source>State or region</source>
        <translation>州或地区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="412" />
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="413" />
        <source>Street and number</source>
        <translation>街道和门牌号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="411" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="414" />
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="390" />
        <source>Add to sale</source>
        <translation>加入本单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="392" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="413" />
        <source>Street, building and room</source>
        <translation>街道、楼栋和门牌号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="427" />
        <source>Home delivery needs a mobile number and the province, city, district and street.</source>
        <translation>送货上门需要手机号码以及省份、城市、区/县和街道地址。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="429" />
        <source>Home delivery needs a phone and the address.</source>
        <translation>送货上门需要电话和地址。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="425" />
        <source>The customer collects it with the pickup code printed on the receipt.</source>
        <translation>顾客凭小票上打印的取货码取货。</translation>
    </message>
</context>
<context>
    <name>ShelfOrdersDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="52" />
        <source>Cloud-shelf orders</source>
        <translation>云货架订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="61" />
        <source>This store's cloud-shelf orders</source>
        <translation>本店的云货架订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="59" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="59" />
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="59" />
        <source>To</source>
        <translation>送至</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="60" />
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="60" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="60" />
        <source>From</source>
        <translation>货源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="72" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="73" />
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="74" />
        <source>Another source</source>
        <translation>另选货源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="75" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/shelf_orders.py" line="91" />
        <source>%n order(s) paid but not coming: refund the customer or find another source.</source>
        <translation><numerusform>%n 个订单已付款但无法发货：请为顾客退款或另选货源。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="96" />
        <source>home</source>
        <translation>家中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="113" />
        <source>No cloud-shelf orders yet.</source>
        <translation>暂无云货架订单。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="119" />
        <source>The customer's details wait here until the platform has them.</source>
        <translation>顾客信息暂存本机，平台收到后即删除。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="127" />
        <source>Choose an order first.</source>
        <translation>请先选择订单。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="140" />
        <source>Only an order whose stock was gone needs another source.</source>
        <translation>只有库存已无的订单需要另选货源。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="144" />
        <source>Asking the platform ...</source>
        <translation>正在查询平台……</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="148" />
        <source>Order %1 is %2.</source>
        <translation>订单 %1：%2。</translation>
    </message>
</context>
<context>
    <name>ShiftCloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="30" />
        <source>Close shift: count the drawer</source>
        <translation>交班：清点钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="43" />
        <source>Count of %s</source>
        <translation>%s 的数量</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="62" />
        <location filename="../../ui/dialogs/shift_close.py" line="107" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="90" />
        <source>Counted %s</source>
        <translation>清点 %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="94" />
        <source>Expected %s</source>
        <translation>应有 %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="95" />
        <source>Variance %s</source>
        <translation>差额 %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="115" />
        <source>Close the shift with this count? The Z report is final and cannot be undone.</source>
        <translation>按此清点交班？Z 报表一经生成即不可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="118" />
        <source>Close the shift with a variance of %s? The Z report is final and cannot be undone.</source>
        <translation>差额 %s，确认交班？Z 报表一经生成即不可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="122" />
        <source>Yes, close the shift</source>
        <translation>确认交班</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="123" />
        <source>Back to the count</source>
        <translation>返回清点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="59" />
        <location filename="../../ui/dialogs/shift_close.py" line="106" />
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="35" />
        <source>Quit the till</source>
        <translation>退出收银台</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="37" />
        <source>A manager closes the till (Ctrl+Q); a cashier needs a manager's PIN.</source>
        <translation>经理可关闭收银台（Ctrl+Q）；收银员需经理输入 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="43" />
        <source>Choose your name</source>
        <translation>请选择您的名字</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="50" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="92" />
        <source>Type your PIN, then press Enter.</source>
        <translation>请输入 PIN 码，然后按回车。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="82" />
        <source>Locked. Type your PIN to go on.</source>
        <translation>已锁屏。输入 PIN 码继续。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="89" />
        <source>Choose your name first.</source>
        <translation>请先选择您的名字。</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="34" />
        <source>Shared stock</source>
        <translation>共享库存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="38" />
        <source>Style, SKU, barcode or name</source>
        <translation>款号、SKU、条码或名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="39" />
        <source>Scan an item, or type a style code, a SKU or a name</source>
        <translation>扫描商品，或输入款号、SKU 或名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="43" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="49" />
        <source>Units available per location and variant</source>
        <translation>各地点各规格的可用件数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="54" />
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="67" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="68" />
        <source>Export low stock</source>
        <translation>导出低库存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="69" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="88" />
        <source>Scan an item, or type a style code, a SKU or a name.</source>
        <translation>请扫描商品，或输入款号、SKU 或名称。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="91" />
        <location filename="../../ui/dialogs/stock.py" line="148" />
        <source>Asking the platform ...</source>
        <translation>正在查询平台……</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="105" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="119" />
        <source>Low stock (%1 or fewer available)</source>
        <translation>低库存（可用 %1 件或更少）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="125" />
        <source>%1 on hand, %2 held</source>
        <translation>在库 %1，预留 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="127" />
        <source>Last movement %1</source>
        <translation>最近变动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="132" />
        <source>Show a style first.</source>
        <translation>请先显示一个款式。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="134" />
        <source>Export stock as CSV</source>
        <translation>将库存导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="138" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="145" />
        <source>%1 rows written to %2</source>
        <translation>已写入 %1 行到 %2</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="87" />
        <source>Something went wrong: %s</source>
        <translation>出错了：%s</translation>
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="44" />
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="57" />
        <source>Cash handed over</source>
        <translation>顾客付现</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="60" />
        <location filename="../../ui/dialogs/tender.py" line="117" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="64" />
        <source>Card amount</source>
        <translation>刷卡金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="69" />
        <location filename="../../ui/dialogs/tender.py" line="70" />
        <source>Card terminal reference</source>
        <translation>刷卡终端参考号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="74" />
        <location filename="../../ui/dialogs/tender.py" line="117" />
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="81" />
        <source>Payments taken</source>
        <translation>已收款项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="94" />
        <source>Refund to original payment</source>
        <translation>原路退款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="96" />
        <source>Remove payment</source>
        <translation>删除款项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="98" />
        <source>Complete sale</source>
        <translation>完成交易</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="100" />
        <source>Back to sale</source>
        <translation>返回销售</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="124" />
        <source>To pay: %s</source>
        <translation>应收：%s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="126" />
        <source>To refund: %s</source>
        <translation>应退：%s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="128" />
        <source>Change: %s</source>
        <translation>找零：%s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="130" />
        <source>Refunded in full</source>
        <translation>已全额退款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="130" />
        <source>Paid in full</source>
        <translation>已付清</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="134" />
        <source>change %s</source>
        <translation>找零 %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="153" />
        <source>Refunded in full: Enter or F10 completes the return.</source>
        <translation>已全额退款：按回车或 F10 完成退货。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="155" />
        <source>Paid in full: Enter or F10 completes the sale.</source>
        <translation>已付清：按回车或 F10 完成销售。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="157" />
        <source>%s still to pay</source>
        <translation>还需支付 %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="159" />
        <source>%s still to refund</source>
        <translation>还需退款 %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="161" />
        <source>The sale has no items.</source>
        <translation>本单没有商品。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="207" />
        <source>Type the cash the customer handed over.</source>
        <translation>请输入顾客支付的现金。</translation>
    </message>
</context>
<context>
    <name>TextViewDialog</name>
    <message>
        <location filename="../../ui/dialogs/text_view.py" line="26" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <location filename="../../ui/till.py" line="130" />
        <source>The sale is kept. Try again; if it happens again, call support.</source>
        <translation>本单已保留。请重试；如仍出错，请联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="195" />
        <source>Cash movement recorded.</source>
        <translation>现金存取已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="239" />
        <source>Sale parked.</source>
        <translation>已挂单。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="321" />
        <source>Drawer opened.</source>
        <translation>钱箱已打开。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="329" />
        <location filename="../../ui/till.py" line="339" />
        <source>TOTAL</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="339" />
        <source>CHANGE</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="378" />
        <source>Device settings saved.</source>
        <translation>设备设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="424" />
        <source>Refund of %s added: pay it back (F10).</source>
        <translation>已加入 %s 的退款：请退款给顾客（F10）。</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="24" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sale_panels.py" line="39" />
        <source>%n item(s)</source>
        <translation><numerusform>%n 件</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="39" />
        <source>Subtotal %s</source>
        <translation>小计 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="41" />
        <source>Discount %s</source>
        <translation>折扣 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="42" />
        <source>incl. tax</source>
        <translation>含税</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="42" />
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="45" />
        <source>Rounding %s</source>
        <translation>抹零 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="47" />
        <source>Note: %s</source>
        <translation>备注：%s</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>'{0}' has a wrong check digit.</source>
        <translation>“{0}”的校验位不正确。</translation>
    </message>
    <message>
        <source>'{0}' has a wrong price or weight check digit.</source>
        <translation>“{0}”的价格或重量校验位不正确。</translation>
    </message>
    <message>
        <source>'{0}' has more than {1} decimal places for {2}.</source>
        <translation>“{0}”的小数位多于 {2} 允许的 {1} 位。</translation>
    </message>
    <message>
        <source>'{0}' has {1} digits; a barcode has 8, 12, 13 or 14.</source>
        <translation>“{0}”有 {1} 位数字；条码应为 8、12、13 或 14 位。</translation>
    </message>
    <message>
        <source>'{0}' has {1} digits; an EAN-8 has 8.</source>
        <translation>“{0}”有 {1} 位数字；EAN-8 码应为 8 位。</translation>
    </message>
    <message>
        <source>'{0}' is not a GS1 code the till can read ({1}).</source>
        <translation>“{0}”不是收银机能识别的 GS1 码（{1}）。</translation>
    </message>
    <message>
        <source>'{0}' is not a UPC-E code (a wrong check digit?).</source>
        <translation>“{0}”不是 UPC-E 码（校验位可能不正确）。</translation>
    </message>
    <message>
        <source>'{0}' is not a barcode or item code.</source>
        <translation>“{0}”不是条码或商品编码。</translation>
    </message>
    <message>
        <source>'{0}' is not a delivery; use home or store.</source>
        <translation>“{0}”不是有效的配送方式；请用 home 或 store。</translation>
    </message>
    <message>
        <source>'{0}' is not a locale.</source>
        <translation>“{0}”不是有效的区域设置。</translation>
    </message>
    <message>
        <source>'{0}' is not a percentage.</source>
        <translation>“{0}”不是百分比。</translation>
    </message>
    <message>
        <source>'{0}' is not a role.</source>
        <translation>“{0}”不是有效的角色。</translation>
    </message>
    <message>
        <source>'{0}' is not a server address.</source>
        <translation>“{0}”不是服务器地址。</translation>
    </message>
    <message>
        <source>'{0}' is not a time zone.</source>
        <translation>“{0}”不是时区。</translation>
    </message>
    <message>
        <source>'{0}' is not a usable login.</source>
        <translation>“{0}”不能用作账号。</translation>
    </message>
    <message>
        <source>'{0}' is not an EAN or UPC code (those are digits only).</source>
        <translation>“{0}”不是 EAN 或 UPC 码（这类码只有数字）。</translation>
    </message>
    <message>
        <source>'{0}' is not an EAN or UPC code with an add-on.</source>
        <translation>“{0}”不是带附加码的 EAN 或 UPC 码。</translation>
    </message>
    <message>
        <source>'{0}' is not an ISO 4217 currency.</source>
        <translation>“{0}”不是 ISO 4217 货币代码。</translation>
    </message>
    <message>
        <source>'{0}' is not an amount.</source>
        <translation>“{0}”不是金额。</translation>
    </message>
    <message>
        <source>'{0}' is not an order code.</source>
        <translation>“{0}”不是订单号。</translation>
    </message>
    <message>
        <source>'{0}' is not between 0 and 100%.</source>
        <translation>“{0}”不在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>'{0}' is too large an amount.</source>
        <translation>“{0}”金额过大。</translation>
    </message>
    <message>
        <source>'{0}' weighs nothing.</source>
        <translation>“{0}”的重量为零。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>A card cannot give change; take the rest in cash.</source>
        <translation>银行卡不能找零；余额请收现金。</translation>
    </message>
    <message>
        <source>A card payment needs the card terminal's reference.</source>
        <translation>刷卡付款需要刷卡终端参考号。</translation>
    </message>
    <message>
        <source>A cloud-shelf line keeps the units the platform holds for it.</source>
        <translation>云货架商品行的数量须与平台预留的一致。</translation>
    </message>
    <message>
        <source>A cloud-shelf order has 1 to {0} lines.</source>
        <translation>云货架订单须有 1 到 {0} 行。</translation>
    </message>
    <message>
        <source>A cloud-shelf order has at most {0} lines.</source>
        <translation>云货架订单最多 {0} 行。</translation>
    </message>
    <message>
        <source>A cloud-shelf order may hold at most {0} units; this one asks for {1}.</source>
        <translation>一个云货架订单最多可预留 {0} 件；本单要求 {1} 件。</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>清点数量不能为负数。</translation>
    </message>
    <message>
        <source>A discount cannot be more than 100%.</source>
        <translation>折扣不能超过 100%。</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>折扣不能为负数。</translation>
    </message>
    <message>
        <source>A discount of {0}% needs a manager.</source>
        <translation>{0}% 的折扣需要经理授权。</translation>
    </message>
    <message>
        <source>A hold id is a UUID made by the till.</source>
        <translation>预留编号须是收银机生成的 UUID。</translation>
    </message>
    <message>
        <source>A line of online order {0} keeps the order's price and quantity.</source>
        <translation>线上订单 {0} 的商品行须保持订单的价格和数量。</translation>
    </message>
    <message>
        <source>A mobile number in China has 11 digits and starts with 1, e.g. 138 0013 8000.</source>
        <translation>中国大陆手机号码为 11 位数字，以 1 开头，例如 138 0013 8000。</translation>
    </message>
    <message>
        <source>A new sale is started here: scan the next item.</source>
        <translation>此处已开始一笔新销售：请扫描下一件商品。</translation>
    </message>
    <message>
        <source>A new sale is started here; resume the parked one (F6) to go on with it.</source>
        <translation>此处已开始一笔新销售；如需继续那笔销售，请恢复挂单（F6）。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>A quantity is a whole number from 1 to {0}.</source>
        <translation>数量须为 1 到 {0} 的整数。</translation>
    </message>
    <message>
        <source>A return without a receipt needs a manager.</source>
        <translation>无小票退货需要经理授权。</translation>
    </message>
    <message>
        <source>A returned line keeps the price it was sold at.</source>
        <translation>退货行须保持原售价。</translation>
    </message>
    <message>
        <source>A sale with payments cannot be parked.</source>
        <translation>已收款的销售不能挂单。</translation>
    </message>
    <message>
        <source>A shift is already open on this terminal.</source>
        <translation>本收银机已开班。</translation>
    </message>
    <message>
        <source>A shop key cannot push or pull a terminal's data.</source>
        <translation>网店密钥不能推送或拉取终端的数据。</translation>
    </message>
    <message>
        <source>A user '{0}' already exists.</source>
        <translation>用户“{0}”已存在。</translation>
    </message>
    <message>
        <source>Add --reset to build the '{0}' demo there, or give another --data-dir.</source>
        <translation>加上 --reset 在此处重新生成“{0}”演示，或指定另一个 --data-dir。</translation>
    </message>
    <message>
        <source>Add it with 'cloudshelf central location add'.</source>
        <translation>请用“cloudshelf central location add”添加。</translation>
    </message>
    <message>
        <source>Add returned items first.</source>
        <translation>请先添加退货商品。</translation>
    </message>
    <message>
        <source>Adding a user needs a manager.</source>
        <translation>添加用户需要经理授权。</translation>
    </message>
    <message>
        <source>All {0} of {1} are already picked for {2}.</source>
        <translation>订单 {2} 的 {1} 已全部拣完（共 {0} 件）。</translation>
    </message>
    <message>
        <source>An online order in the sale keeps the price it was ordered at.</source>
        <translation>本单中的线上订单须保持下单时的价格。</translation>
    </message>
    <message>
        <source>Another sale is on screen.</source>
        <translation>屏幕上已有另一笔销售。</translation>
    </message>
    <message>
        <source>Another source needs the platform: try again when online, or refund.</source>
        <translation>另选货源需要连接平台：请在线时重试，或退款。</translation>
    </message>
    <message>
        <source>Ask a manager for a new code ('cloudshelf central enrol-code').</source>
        <translation>请经理生成新的注册码（cloudshelf central enrol-code）。</translation>
    </message>
    <message>
        <source>Ask a manager to approve with their PIN.</source>
        <translation>请经理输入 PIN 码授权。</translation>
    </message>
    <message>
        <source>Ask a manager to enter their PIN.</source>
        <translation>请经理输入其 PIN 码。</translation>
    </message>
    <message>
        <source>Ask a manager to set its price.</source>
        <translation>请经理设置价格。</translation>
    </message>
    <message>
        <source>Ask a manager, or sign in as one.</source>
        <translation>请找经理，或以经理身份登录。</translation>
    </message>
    <message>
        <source>Ask a manager, or wait and try again.</source>
        <translation>请找经理，或稍后重试。</translation>
    </message>
    <message>
        <source>Ask by exactly one of style, sku or barcode.</source>
        <translation>请只按款号、SKU 或条码中的一项查询。</translation>
    </message>
    <message>
        <source>Ask head office to add the person in the console.</source>
        <translation>请总部在后台中添加此人。</translation>
    </message>
    <message>
        <source>Ask the customer again, or for the QR code of the order.</source>
        <translation>请再问一次顾客，或请顾客出示订单二维码。</translation>
    </message>
    <message>
        <source>Ask the customer and fill in their details.</source>
        <translation>请询问顾客并填写其信息。</translation>
    </message>
    <message>
        <source>Ask the customer for the code in their order confirmation, or for its QR code.</source>
        <translation>请向顾客索取订单确认中的订单号或二维码。</translation>
    </message>
    <message>
        <source>Ask the customer for them again and pass them to head office.</source>
        <translation>请再次向顾客询问，并转交总部。</translation>
    </message>
    <message>
        <source>Build it again with 'cloudshelf demo --reset'.</source>
        <translation>请用“cloudshelf demo --reset”重新生成。</translation>
    </message>
    <message>
        <source>Build the demo again with 'cloudshelf demo --reset'.</source>
        <translation>请用“cloudshelf demo --reset”重新生成演示数据。</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>无法读取 {0}：{1}。</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation>无法写入 {0}：{1}。</translation>
    </message>
    <message>
        <source>Change a returned line by voiding it and adding it again.</source>
        <translation>要修改退货行，请删除后重新添加。</translation>
    </message>
    <message>
        <source>Changing a price needs a manager.</source>
        <translation>改价需要经理授权。</translation>
    </message>
    <message>
        <source>Check its cable and power, then try again; open it with the key meanwhile.</source>
        <translation>请检查线缆和电源后重试；在此期间可用钥匙打开钱箱。</translation>
    </message>
    <message>
        <source>Check its cable and power; the till goes on without it.</source>
        <translation>请检查线缆和电源；收银机可继续使用。</translation>
    </message>
    <message>
        <source>Check that it is on and the URL.</source>
        <translation>请检查是否已开机以及地址是否正确。</translation>
    </message>
    <message>
        <source>Check that it is on, has paper and is plugged in, and that the URL is right.</source>
        <translation>请检查打印机已开机、有纸、已连接，且地址正确。</translation>
    </message>
    <message>
        <source>Check the code, search for the item by name, or set it aside for a manager.</source>
        <translation>请核对编码、按名称搜索商品，或将商品交给经理处理。</translation>
    </message>
    <message>
        <source>Check the code.</source>
        <translation>请核对编码。</translation>
    </message>
    <message>
        <source>Check the code. A new order may take a minute to arrive while the till is online.</source>
        <translation>请核对订单号。收银机在线时，新订单可能需要约一分钟才能到达。</translation>
    </message>
    <message>
        <source>Check the code; the catalog may be syncing.</source>
        <translation>请核对编码；商品目录可能正在同步。</translation>
    </message>
    <message>
        <source>Check the file name and its permissions.</source>
        <translation>请检查文件名及其权限。</translation>
    </message>
    <message>
        <source>Check the login with 'cloudshelf user list'.</source>
        <translation>请用“cloudshelf user list”核对账号。</translation>
    </message>
    <message>
        <source>Check the number of digits.</source>
        <translation>请核对位数。</translation>
    </message>
    <message>
        <source>Check the number on the receipt, or scan its QR code.</source>
        <translation>请核对小票上的号码，或扫描小票二维码。</translation>
    </message>
    <message>
        <source>Check the order with 'cloudshelf central shelf show'.</source>
        <translation>请用“cloudshelf central shelf show”查看订单。</translation>
    </message>
    <message>
        <source>Check the port and scan a barcode.</source>
        <translation>请检查端口并扫描一个条码。</translation>
    </message>
    <message>
        <source>Check the receipt number.</source>
        <translation>请核对小票号。</translation>
    </message>
    <message>
        <source>Check the server address ('cloudshelf sync status'); the events wait and nothing is lost.</source>
        <translation>请检查服务器地址（cloudshelf sync status）；数据会等待发送，不会丢失。</translation>
    </message>
    <message>
        <source>Check the server address, or configure the platform's CA certificate.</source>
        <translation>请检查服务器地址，或配置平台的 CA 证书。</translation>
    </message>
    <message>
        <source>Check your PIN; {0} attempt(s) left before lockout.</source>
        <translation>请核对 PIN 码；还可尝试 {0} 次，之后将被锁定。</translation>
    </message>
    <message>
        <source>Check your login and PIN and try again.</source>
        <translation>请核对账号和 PIN 码后重试。</translation>
    </message>
    <message>
        <source>Choose a listed location.</source>
        <translation>请选择列表中的地点。</translation>
    </message>
    <message>
        <source>Choose a size and colour in the matrix first.</source>
        <translation>请先在矩阵中选择尺码和颜色。</translation>
    </message>
    <message>
        <source>Choose a source from the list, or the rule.</source>
        <translation>请从列表中选择货源，或按规则选择。</translation>
    </message>
    <message>
        <source>Choose a store from the list.</source>
        <translation>请从列表中选择门店。</translation>
    </message>
    <message>
        <source>Choose a {0} like S01.</source>
        <translation>请使用类似 S01 的 {0} 代码。</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Choose another source or fewer units, or let the rule choose.</source>
        <translation>请另选货源或减少数量，或按规则自动选择。</translation>
    </message>
    <message>
        <source>Choose another source, or refund the customer.</source>
        <translation>请另选货源，或为顾客退款。</translation>
    </message>
    <message>
        <source>Close it with a Z report first.</source>
        <translation>请先交班（Z 报表）。</translation>
    </message>
    <message>
        <source>Cloud-shelf order {0} is refunded whole: return every unit of every line.</source>
        <translation>云货架订单 {0} 须整单退款：请退回每一行的全部数量。</translation>
    </message>
    <message>
        <source>Complete it, or remove the payments first.</source>
        <translation>请完成交易，或先删除款项。</translation>
    </message>
    <message>
        <source>Complete or cancel the sales waiting for cloud-shelf holds first.</source>
        <translation>请先完成或取消正在等待云货架预留的销售。</translation>
    </message>
    <message>
        <source>Complete or void them before closing the shift.</source>
        <translation>交班前请完成或作废这些销售。</translation>
    </message>
    <message>
        <source>Complete the sale.</source>
        <translation>请完成交易。</translation>
    </message>
    <message>
        <source>Correct the customer's details at the till.</source>
        <translation>请在收银机上更正顾客信息。</translation>
    </message>
    <message>
        <source>Count the drawer again and type the total.</source>
        <translation>请重新清点钱箱并输入总额。</translation>
    </message>
    <message>
        <source>Count the drawer and type the amount.</source>
        <translation>请清点钱箱并输入金额。</translation>
    </message>
    <message>
        <source>Discount lines instead.</source>
        <translation>请改为单行折扣。</translation>
    </message>
    <message>
        <source>Drawer kicked ({0}).</source>
        <translation>已弹开钱箱（{0}）。</translation>
    </message>
    <message>
        <source>Each line of an order has its own line number.</source>
        <translation>订单的每一行须有各自的行号。</translation>
    </message>
    <message>
        <source>Enrol it first: cloudshelf enrol.</source>
        <translation>请先注册：cloudshelf enrol。</translation>
    </message>
    <message>
        <source>Enrol the terminal again with a new code.</source>
        <translation>请用新的注册码重新注册终端。</translation>
    </message>
    <message>
        <source>Enrol the terminal again.</source>
        <translation>请重新注册终端。</translation>
    </message>
    <message>
        <source>Enrol the terminal with 'cloudshelf enrol'.</source>
        <translation>请用“cloudshelf enrol”注册终端。</translation>
    </message>
    <message>
        <source>Enrol this terminal again with a new code (cloudshelf enrol); its waiting sales are sent then.</source>
        <translation>请用新的注册码重新注册本终端（cloudshelf enrol）；待发送的销售届时会发出。</translation>
    </message>
    <message>
        <source>Enrolment failed: {0}</source>
        <translation>注册失败：{0}</translation>
    </message>
    <message>
        <source>Exporting the shared stock needs a manager.</source>
        <translation>导出共享库存需要经理授权。</translation>
    </message>
    <message>
        <source>Fix display.protocol in config.toml.</source>
        <translation>请在 config.toml 中修正 display.protocol。</translation>
    </message>
    <message>
        <source>Fix it in {0}.</source>
        <translation>请在 {0} 中修正。</translation>
    </message>
    <message>
        <source>Fix log.level in {0}.</source>
        <translation>请在 {0} 中修正 log.level。</translation>
    </message>
    <message>
        <source>Fix pickup.{0} in {1}.</source>
        <translation>请在 {1} 中修正 pickup.{0}。</translation>
    </message>
    <message>
        <source>Fix printer.width in config.toml.</source>
        <translation>请在 config.toml 中修正 printer.width。</translation>
    </message>
    <message>
        <source>Fix receipt.width in {0}.</source>
        <translation>请在 {0} 中修正 receipt.width。</translation>
    </message>
    <message>
        <source>Fix that line, or delete the file to use the defaults.</source>
        <translation>请修正该行，或删除该文件以使用默认设置。</translation>
    </message>
    <message>
        <source>Fix the quantities.</source>
        <translation>请修正数量。</translation>
    </message>
    <message>
        <source>Fix them in config.toml.</source>
        <translation>请在 config.toml 中修正。</translation>
    </message>
    <message>
        <source>Fix these rows and import the whole file again.</source>
        <translation>请修正这些行，然后重新导入整个文件。</translation>
    </message>
    <message>
        <source>Fix till.quick_keys in {0}, e.g. quick_keys = ["BAG-L", "6901234567892"].</source>
        <translation>请在 {0} 中修正 till.quick_keys，例如 quick_keys = ["BAG-L", "6901234567892"]。</translation>
    </message>
    <message>
        <source>Fix {0}.</source>
        <translation>请修正 {0}。</translation>
    </message>
    <message>
        <source>Fix {0}.{1} in {2}.</source>
        <translation>请在 {2} 中修正 {0}.{1}。</translation>
    </message>
    <message>
        <source>For example 100 or 12.50.</source>
        <translation>例如 100 或 12.50。</translation>
    </message>
    <message>
        <source>Free space on that disk (empty the recycle bin, delete old downloads, logs or installers), then try again. Do not delete or move the store files (store.db, store.db-wal): they hold sales not yet sent. The sale on screen is kept.</source>
        <translation>请在该磁盘上腾出空间（清空回收站，删除旧的下载文件、日志或安装包）后重试。不要删除或移动本地数据文件（store.db、store.db-wal）：其中有尚未上传的销售。屏幕上的销售已保留。</translation>
    </message>
    <message>
        <source>Give a discount as a percentage or as an amount, not both.</source>
        <translation>折扣请按百分比或按金额给出，不能同时使用。</translation>
    </message>
    <message>
        <source>Give a value in its range.</source>
        <translation>请输入范围内的数值。</translation>
    </message>
    <message>
        <source>Give at least one item, or cancel the order with a reason.</source>
        <translation>请至少交付一件商品，或填写原因取消订单。</translation>
    </message>
    <message>
        <source>Give it as https://HOST[:PORT].</source>
        <translation>请按 https://HOST[:PORT] 的格式填写。</translation>
    </message>
    <message>
        <source>Give the customer's phone or email, to tell them when it arrives.</source>
        <translation>请填写顾客的电话或电子邮箱，以便到货时通知。</translation>
    </message>
    <message>
        <source>Give the path of a PEM file.</source>
        <translation>请填写 PEM 文件的路径。</translation>
    </message>
    <message>
        <source>Hand it over at the pickup screen.</source>
        <translation>请在自提界面交付。</translation>
    </message>
    <message>
        <source>Hand it over, or open another order.</source>
        <translation>请交付该订单，或打开其他订单。</translation>
    </message>
    <message>
        <source>Handing over without the pickup code needs a manager to check the customer's ID.</source>
        <translation>没有取货码交付需要经理核对顾客证件。</translation>
    </message>
    <message>
        <source>Head office revoked the sign-in or took the person off this store; sign in again.</source>
        <translation>总部已撤销其登录权限或已将其移出本店；请重新登录。</translation>
    </message>
    <message>
        <source>Home delivery needs the customer's mobile number, province, city, district and street.</source>
        <translation>送货上门需要顾客的手机号码、省份、城市、区/县和街道地址。</translation>
    </message>
    <message>
        <source>Home delivery needs the customer's {0}.</source>
        <translation>送货上门需要顾客的 {0}。</translation>
    </message>
    <message>
        <source>Install the newer version of CloudShelf POS on this terminal; keep this store file as it is (it holds sales not yet sent).</source>
        <translation>请在本终端安装较新版本的 CloudShelf POS；请原样保留本地数据文件（其中有尚未上传的销售）。</translation>
    </message>
    <message>
        <source>It is retried later.</source>
        <translation>稍后会自动重试。</translation>
    </message>
    <message>
        <source>It is retried later; the events wait and nothing is lost.</source>
        <translation>稍后会重试；事件会保留等待，不会丢失。</translation>
    </message>
    <message>
        <source>It is retried later; the events wait.</source>
        <translation>稍后会重试；事件会保留等待。</translation>
    </message>
    <message>
        <source>Keyboard scanner: scan any barcode into the till; it is told apart from typing by its speed.</source>
        <translation>键盘式扫描枪：在收银机上扫描任意条码即可；按输入速度区分扫码和打字。</translation>
    </message>
    <message>
        <source>Leave the amount empty to refund all of it.</source>
        <translation>金额留空即全额退款。</translation>
    </message>
    <message>
        <source>List them with 'cloudshelf devices queue'.</source>
        <translation>请用“cloudshelf devices queue”查看。</translation>
    </message>
    <message>
        <source>Lower the quantity; the rest was returned already.</source>
        <translation>请减少数量；其余已经退过。</translation>
    </message>
    <message>
        <source>Make a new hold id.</source>
        <translation>请生成新的预留编号。</translation>
    </message>
    <message>
        <source>Most pole displays have 20.</source>
        <translation>大多数顾客显示屏为 20。</translation>
    </message>
    <message>
        <source>Name the dead letters to send again, or pass --all.</source>
        <translation>请指定要重新发送的死信，或使用 --all。</translation>
    </message>
    <message>
        <source>No cash drawer is set up.</source>
        <translation>未设置钱箱。</translation>
    </message>
    <message>
        <source>No closed shift with that Z number.</source>
        <translation>没有该 Z 报表号的已交班次。</translation>
    </message>
    <message>
        <source>No customer display is set up.</source>
        <translation>未设置顾客显示屏。</translation>
    </message>
    <message>
        <source>No dead letter {0}.</source>
        <translation>没有死信 {0}。</translation>
    </message>
    <message>
        <source>No item with the code {0}.</source>
        <translation>找不到编码为 {0} 的商品。</translation>
    </message>
    <message>
        <source>No printer is set up.</source>
        <translation>未设置打印机。</translation>
    </message>
    <message>
        <source>No receipt {0} on this terminal.</source>
        <translation>本收银机上没有小票 {0}。</translation>
    </message>
    <message>
        <source>No scan came from {0} in {1} s.</source>
        <translation>{1} 秒内没有收到 {0} 的扫码。</translation>
    </message>
    <message>
        <source>No shift is open on this terminal.</source>
        <translation>本收银机没有开班。</translation>
    </message>
    <message>
        <source>No terminal store in {0}.</source>
        <translation>{0} 中没有终端数据。</translation>
    </message>
    <message>
        <source>No user '{0}'.</source>
        <translation>没有用户“{0}”。</translation>
    </message>
    <message>
        <source>No waiting print job {0}.</source>
        <translation>没有等待中的打印任务 {0}。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>尚未登录。</translation>
    </message>
    <message>
        <source>Not enough stock at {0} for: {1}.</source>
        <translation>{0} 库存不足：{1}。</translation>
    </message>
    <message>
        <source>Not enough stock for: {0}.</source>
        <translation>库存不足：{0}。</translation>
    </message>
    <message>
        <source>Not in the catalog: {0}.</source>
        <translation>不在商品目录中：{0}。</translation>
    </message>
    <message>
        <source>Nothing in the catalog is called {0}.</source>
        <translation>商品目录中没有 {0}。</translation>
    </message>
    <message>
        <source>Nothing in the catalog matches {0}.</source>
        <translation>商品目录中没有与 {0} 匹配的商品。</translation>
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation>已无待付款项。</translation>
    </message>
    <message>
        <source>Nothing is to be refunded.</source>
        <translation>没有需要退的款。</translation>
    </message>
    <message>
        <source>Nothing more to do for it.</source>
        <translation>无需再做任何操作。</translation>
    </message>
    <message>
        <source>Nothing to hand over.</source>
        <translation>没有要交付的商品。</translation>
    </message>
    <message>
        <source>Nothing was applied from it; it is fetched again later. If it persists, call support.</source>
        <translation>其中的内容均未应用；稍后会重新获取。如持续出现，请联系技术支持。</translation>
    </message>
    <message>
        <source>Number them 1, 2, ...</source>
        <translation>请按 1、2……编号。</translation>
    </message>
    <message>
        <source>Offer another store or fewer units.</source>
        <translation>请改选其他门店或减少数量。</translation>
    </message>
    <message>
        <source>One of: {0}.</source>
        <translation>可选：{0}。</translation>
    </message>
    <message>
        <source>Only a manager may do this.</source>
        <translation>仅经理可执行此操作。</translation>
    </message>
    <message>
        <source>Only the selling store's tills change it.</source>
        <translation>只有售出门店的收银机可以修改。</translation>
    </message>
    <message>
        <source>Only {0} of {1} x {2} can still be returned.</source>
        <translation>原购 {1} 件 {2}，只剩 {0} 件可退。</translation>
    </message>
    <message>
        <source>Open a shift with the drawer's float first.</source>
        <translation>请先清点备用金开班。</translation>
    </message>
    <message>
        <source>Opening the drawer needs a manager.</source>
        <translation>打开钱箱需要经理授权。</translation>
    </message>
    <message>
        <source>Order {0} closed on {1}; its details were removed.</source>
        <translation>订单 {0} 已于 {1} 关闭；其信息已删除。</translation>
    </message>
    <message>
        <source>Order {0} goes to store {1}.</source>
        <translation>订单 {0} 送往门店 {1}。</translation>
    </message>
    <message>
        <source>Order {0} goes to the customer's home.</source>
        <translation>订单 {0} 送到顾客家中。</translation>
    </message>
    <message>
        <source>Order {0} has nothing coming from {1}.</source>
        <translation>订单 {0} 没有从 {1} 发出的货。</translation>
    </message>
    <message>
        <source>Order {0} is already in this sale.</source>
        <translation>订单 {0} 已在本单中。</translation>
    </message>
    <message>
        <source>Order {0} is already paid now.</source>
        <translation>订单 {0} 现已付款。</translation>
    </message>
    <message>
        <source>Order {0} is already paid.</source>
        <translation>订单 {0} 已付款。</translation>
    </message>
    <message>
        <source>Order {0} is already picked and ready.</source>
        <translation>订单 {0} 已拣货并备好。</translation>
    </message>
    <message>
        <source>Order {0} is already ready.</source>
        <translation>订单 {0} 已备好。</translation>
    </message>
    <message>
        <source>Order {0} is cancelled now.</source>
        <translation>订单 {0} 现已取消。</translation>
    </message>
    <message>
        <source>Order {0} is expired now.</source>
        <translation>订单 {0} 现已过期。</translation>
    </message>
    <message>
        <source>Order {0} is for pickup at {1}, not at this store.</source>
        <translation>订单 {0} 在 {1} 自提，不在本店。</translation>
    </message>
    <message>
        <source>Order {0} is not paid yet.</source>
        <translation>订单 {0} 尚未付款。</translation>
    </message>
    <message>
        <source>Order {0} is not ready yet.</source>
        <translation>订单 {0} 尚未备好。</translation>
    </message>
    <message>
        <source>Order {0} is {1}: it needs no other source.</source>
        <translation>订单 {0} 状态为 {1}：无需另选货源。</translation>
    </message>
    <message>
        <source>Order {0} is {1}: its goods are on their way or delivered.</source>
        <translation>订单 {0} 状态为 {1}：商品已在途或已送达。</translation>
    </message>
    <message>
        <source>Order {0} is {1}: nothing to ship.</source>
        <translation>订单 {0} 状态为 {1}：没有要发的货。</translation>
    </message>
    <message>
        <source>Order {0} is {1}; goods may have left.</source>
        <translation>订单 {0} 状态为 {1}；商品可能已发出。</translation>
    </message>
    <message>
        <source>Order {0} needs a second factor.</source>
        <translation>查找订单 {0} 还需要第二项验证信息。</translation>
    </message>
    <message>
        <source>Order {0} was already handed over at {1} on {2}.</source>
        <translation>订单 {0} 已于 {2} 在 {1} 交付。</translation>
    </message>
    <message>
        <source>Order {0} was already handed over at {1}.</source>
        <translation>订单 {0} 已在 {1} 交付。</translation>
    </message>
    <message>
        <source>Order {0} was already handed over on {1}.</source>
        <translation>订单 {0} 已于 {1} 交付。</translation>
    </message>
    <message>
        <source>Order {0} was already handed over.</source>
        <translation>订单 {0} 已交付。</translation>
    </message>
    <message>
        <source>Order {0} was cancelled{1}: nothing to {2}. Put any picked items back on the shelf.</source>
        <translation>订单 {0} 已取消{1}：无法{2}。请把已拣的商品放回货架。</translation>
    </message>
    <message>
        <source>Order {0} was expired{1}: nothing to {2}.</source>
        <translation>订单 {0} 已过期{1}：无法{2}。</translation>
    </message>
    <message>
        <source>Order {0} was refunded already ({1}).</source>
        <translation>订单 {0} 已退款（{1}）。</translation>
    </message>
    <message>
        <source>Order {0} was sold at another till.</source>
        <translation>订单 {0} 已在另一台收银机售出。</translation>
    </message>
    <message>
        <source>Order {0} was sold at {1}.</source>
        <translation>订单 {0} 已在 {1} 售出。</translation>
    </message>
    <message>
        <source>Order {0}: no shipment{1} is {2}.</source>
        <translation>订单 {0}：没有{1}处于 {2} 状态的发货。</translation>
    </message>
    <message>
        <source>Park or complete it before resuming one.</source>
        <translation>恢复挂单前，请先挂起或完成当前销售。</translation>
    </message>
    <message>
        <source>Pass --login LOGIN (and --pin).</source>
        <translation>请传入 --login LOGIN（以及 --pin）。</translation>
    </message>
    <message>
        <source>Pass --login LOGIN (and the PIN).</source>
        <translation>请传入 --login LOGIN（以及 PIN 码）。</translation>
    </message>
    <message>
        <source>Pass --manager LOGIN (and the manager's PIN).</source>
        <translation>请传入 --manager LOGIN（以及经理的 PIN 码）。</translation>
    </message>
    <message>
        <source>Pass it with the option, or set {0}.</source>
        <translation>请通过选项传入，或设置 {0}。</translation>
    </message>
    <message>
        <source>Pay out exactly the refund in cash ({0}).</source>
        <translation>请以现金准确支付退款（{0}）。</translation>
    </message>
    <message>
        <source>Payments were already taken for this sale.</source>
        <translation>本单已收过款。</translation>
    </message>
    <message>
        <source>Payments were taken for this sale.</source>
        <translation>本单已有收款。</translation>
    </message>
    <message>
        <source>Pick a line from the current sale.</source>
        <translation>请从当前销售中选择一行。</translation>
    </message>
    <message>
        <source>Pick a line of the receipt.</source>
        <translation>请选择小票中的一行。</translation>
    </message>
    <message>
        <source>Pick a payment from the list.</source>
        <translation>请从列表中选择一笔款项。</translation>
    </message>
    <message>
        <source>Pick another login.</source>
        <translation>请换一个账号。</translation>
    </message>
    <message>
        <source>Pick another one.</source>
        <translation>请另选一个。</translation>
    </message>
    <message>
        <source>Pick it and mark it ready first.</source>
        <translation>请先拣货并标记为已备好。</translation>
    </message>
    <message>
        <source>Picking and handing over online orders is for a pickup clerk or a manager.</source>
        <translation>拣货和交付线上订单仅限自提店员或经理。</translation>
    </message>
    <message>
        <source>Point it at a PNG, or remove the key.</source>
        <translation>请指向一个 PNG 文件，或删除该设置项。</translation>
    </message>
    <message>
        <source>Put it back and scan an item of the list.</source>
        <translation>请放回并扫描拣货单上的商品。</translation>
    </message>
    <message>
        <source>Put this one back.</source>
        <translation>请把这件放回。</translation>
    </message>
    <message>
        <source>Quitting the till needs a manager.</source>
        <translation>退出收银台需要经理授权。</translation>
    </message>
    <message>
        <source>Read {0}: {1}</source>
        <translation>读取到 {0}：{1}</translation>
    </message>
    <message>
        <source>Read {0}: {1} {2}</source>
        <translation>读取到 {0}：{1} {2}</translation>
    </message>
    <message>
        <source>Read {0}: {1} {2} (symbology identifier ]{3}: {4}).</source>
        <translation>读取到 {0}：{1} {2}（码制标识符 ]{3}：{4}）。</translation>
    </message>
    <message>
        <source>Record its arrival there: 'cloudshelf central shelf arrive'.</source>
        <translation>请记录到店：cloudshelf central shelf arrive。</translation>
    </message>
    <message>
        <source>Record its delivery: 'cloudshelf central shelf deliver'.</source>
        <translation>请记录送达：cloudshelf central shelf deliver。</translation>
    </message>
    <message>
        <source>Refund it there (receipt {0}).</source>
        <translation>请在那里退款（小票 {0}）。</translation>
    </message>
    <message>
        <source>Refund the customer instead.</source>
        <translation>请改为给顾客退款。</translation>
    </message>
    <message>
        <source>Refund the rest in cash or to the card.</source>
        <translation>其余请退现金或退回银行卡。</translation>
    </message>
    <message>
        <source>Refund the rest in cash.</source>
        <translation>其余请退现金。</translation>
    </message>
    <message>
        <source>Refund to a payment of the original sale, or in cash.</source>
        <translation>请退回原销售的某笔款项，或退现金。</translation>
    </message>
    <message>
        <source>Remove or refund the payments before voiding it.</source>
        <translation>作废前请删除或退回款项。</translation>
    </message>
    <message>
        <source>Remove the payments to change items.</source>
        <translation>要修改商品，请先删除款项。</translation>
    </message>
    <message>
        <source>Return at least one unit.</source>
        <translation>请至少退一件。</translation>
    </message>
    <message>
        <source>Ring its items up again; the damaged copy is kept for support ('cloudshelf doctor').</source>
        <translation>请重新录入其商品；损坏的副本已保留，供技术支持查看（'cloudshelf doctor'）。</translation>
    </message>
    <message>
        <source>Run 'cloudshelf doctor' and call support. Keep the store file as it is: do not replace it with a backup or delete it, it holds sales not yet sent.</source>
        <translation>请运行“cloudshelf doctor”并联系技术支持。请原样保留本地数据文件：不要用备份替换或删除它，其中有尚未上传的销售。</translation>
    </message>
    <message>
        <source>Run 'cloudshelf enrol --server URL --code CODE' with a code from a manager.</source>
        <translation>请用经理给的注册码运行“cloudshelf enrol --server URL --code CODE”。</translation>
    </message>
    <message>
        <source>Run 'cloudshelf enrol --server URL --code CODE'.</source>
        <translation>请运行“cloudshelf enrol --server URL --code CODE”。</translation>
    </message>
    <message>
        <source>Run 'cloudshelf init' (or 'cloudshelf demo') first, or pass the right --data-dir.</source>
        <translation>请先运行“cloudshelf init”（或“cloudshelf demo”），或传入正确的 --data-dir。</translation>
    </message>
    <message>
        <source>Run 'cloudshelf init' for this data directory.</source>
        <translation>请为该数据目录运行“cloudshelf init”。</translation>
    </message>
    <message>
        <source>Run 'cloudshelf report z' without a number for the last one.</source>
        <translation>不带编号运行“cloudshelf report z”可查看最近一份。</translation>
    </message>
    <message>
        <source>Run 'cloudshelf sync status' for the dead letters' numbers and ids.</source>
        <translation>运行“cloudshelf sync status”查看死信的编号和 ID。</translation>
    </message>
    <message>
        <source>Sales keep working offline; they are sent when the network is back.</source>
        <translation>离线时可照常销售；网络恢复后会自动发送。</translation>
    </message>
    <message>
        <source>Save it as UTF-8, or delete it to use the defaults.</source>
        <translation>请另存为 UTF-8，或删除该文件以使用默认设置。</translation>
    </message>
    <message>
        <source>Say why cash goes in or out.</source>
        <translation>请说明存取现金的原因。</translation>
    </message>
    <message>
        <source>Say why the drawer opens without a sale.</source>
        <translation>请说明无销售打开钱箱的原因。</translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation>请说明取消订单的原因。</translation>
    </message>
    <message>
        <source>Scan an item first.</source>
        <translation>请先扫描商品。</translation>
    </message>
    <message>
        <source>Scan an item, or type a style code, a SKU or a name.</source>
        <translation>请扫描商品，或输入款号、SKU 或名称。</translation>
    </message>
    <message>
        <source>Scan it again, or type the code printed under the bars.</source>
        <translation>请重新扫描，或输入条码下方印的数字。</translation>
    </message>
    <message>
        <source>Scan the QR code of the order, or type its code (like S01-7KQ2MX).</source>
        <translation>请扫描订单二维码，或输入订单号（如 S01-7KQ2MX）。</translation>
    </message>
    <message>
        <source>Scan the item's barcode, or search for it by name.</source>
        <translation>请扫描商品条码，或按名称搜索。</translation>
    </message>
    <message>
        <source>Scan the item's own barcode.</source>
        <translation>请扫描商品本身的条码。</translation>
    </message>
    <message>
        <source>Scan the item, or type its style code or SKU.</source>
        <translation>请扫描商品，或输入其款号或 SKU。</translation>
    </message>
    <message>
        <source>Scan the main barcode, the long one.</source>
        <translation>请扫描主条码（较长的那个）。</translation>
    </message>
    <message>
        <source>Scan the receipt of the original sale.</source>
        <translation>请扫描原销售的小票。</translation>
    </message>
    <message>
        <source>Scan the rest; if they cannot be found, cancel the order with a reason.</source>
        <translation>请扫描其余商品；如找不到，请填写原因取消订单。</translation>
    </message>
    <message>
        <source>Search for it again.</source>
        <translation>请重新搜索。</translation>
    </message>
    <message>
        <source>See 'cloudshelf sync status'.</source>
        <translation>请查看“cloudshelf sync status”。</translation>
    </message>
    <message>
        <source>Sell it from the figures shown (to be confirmed), or wait before holding it again.</source>
        <translation>请按所示库存先售出（待确认），或稍后再预留。</translation>
    </message>
    <message>
        <source>Sell it over the counter: scan the item.</source>
        <translation>请直接在柜台销售：扫描商品。</translation>
    </message>
    <message>
        <source>Send the customer to that store, or check the code with them.</source>
        <translation>请让顾客到该门店取货，或与顾客核对订单号。</translation>
    </message>
    <message>
        <source>Serial scanner {0}: {1}; {2} scans read since start.</source>
        <translation>串口扫描枪 {0}：{1}；启动以来已读取 {2} 次扫码。</translation>
    </message>
    <message>
        <source>Set the printer (the drawer plugs into it) or a drawer port in Devices.</source>
        <translation>请在“设备”中设置打印机（钱箱接在打印机上）或钱箱端口。</translation>
    </message>
    <message>
        <source>Set {0} to e.g. gb18030 or cp437.</source>
        <translation>请将 {0} 设为 gb18030 或 cp437 等。</translation>
    </message>
    <message>
        <source>Set {0} to one of: usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=9600, tcp://192.168.1.50:9100, file:///dev/usb/lp0, cups://QUEUE.</source>
        <translation>请将 {0} 设为以下之一：usb://04b8:0202、serial:///dev/ttyUSB0?baudrate=9600、tcp://192.168.1.50:9100、file:///dev/usb/lp0、cups://QUEUE。</translation>
    </message>
    <message>
        <source>Sign in with your PIN first.</source>
        <translation>请先用 PIN 码登录。</translation>
    </message>
    <message>
        <source>Something between the till and the platform refused the call ({0}).</source>
        <translation>收银机与平台之间的设备拒绝了此次调用（{0}）。</translation>
    </message>
    <message>
        <source>Split it into two orders.</source>
        <translation>请拆分为两个订单。</translation>
    </message>
    <message>
        <source>Split the order, or ask head office to raise the limit.</source>
        <translation>请拆分订单，或请总部提高上限。</translation>
    </message>
    <message>
        <source>Take at least {0} in cash, or exactly {1}.</source>
        <translation>现金至少收 {0}，或正好收 {1}。</translation>
    </message>
    <message>
        <source>Take it off the shelf; do not sell it.</source>
        <translation>请将其下架，不要出售。</translation>
    </message>
    <message>
        <source>Take the goods back as a return when the customer brings them.</source>
        <translation>顾客带回商品时按退货处理。</translation>
    </message>
    <message>
        <source>Take the payment at the till first ('Take payment'), then hand over.</source>
        <translation>请先在收银台收款（“收款”），再交付。</translation>
    </message>
    <message>
        <source>Take the payment.</source>
        <translation>请收款。</translation>
    </message>
    <message>
        <source>Take the rest in cash or by card.</source>
        <translation>其余请收现金或刷卡。</translation>
    </message>
    <message>
        <source>Tax mode is 'inclusive' or 'exclusive'.</source>
        <translation>计税方式为“inclusive”（含税）或“exclusive”（不含税）。</translation>
    </message>
    <message>
        <source>Tax rounding is 'line' or 'receipt'.</source>
        <translation>税额取整方式为“line”（按行）或“receipt”（按单）。</translation>
    </message>
    <message>
        <source>Terminals use their own token ('cloudshelf enrol').</source>
        <translation>终端使用各自的令牌（cloudshelf enrol）。</translation>
    </message>
    <message>
        <source>Test lines shown on {0}.</source>
        <translation>测试文字已显示在 {0} 上。</translation>
    </message>
    <message>
        <source>Test page sent to {0} (status: {1}).</source>
        <translation>测试页已发送到 {0}（状态：{1}）。</translation>
    </message>
    <message>
        <source>That GS1 code names no item (no GTIN in it).</source>
        <translation>该 GS1 码没有指明商品（其中没有 GTIN）。</translation>
    </message>
    <message>
        <source>That hold id belongs to another till.</source>
        <translation>该预留编号属于另一台收银机。</translation>
    </message>
    <message>
        <source>That item is no longer in the catalog.</source>
        <translation>该商品已不在商品目录中。</translation>
    </message>
    <message>
        <source>That line is no longer in the sale.</source>
        <translation>该行已不在本单中。</translation>
    </message>
    <message>
        <source>That line is not on this receipt.</source>
        <translation>该行不在这张小票上。</translation>
    </message>
    <message>
        <source>That parked sale cannot be read back: its saved copy is damaged.</source>
        <translation>无法读取该挂单：其保存的副本已损坏。</translation>
    </message>
    <message>
        <source>That parked sale is gone (resumed elsewhere or voided).</source>
        <translation>该挂单已不存在（已在别处恢复或已作废）。</translation>
    </message>
    <message>
        <source>That payment is not in this sale.</source>
        <translation>该款项不在本单中。</translation>
    </message>
    <message>
        <source>That payment is not on a returned receipt.</source>
        <translation>该款项不在所退的小票上。</translation>
    </message>
    <message>
        <source>That stock is here in the store.</source>
        <translation>该库存就在本店。</translation>
    </message>
    <message>
        <source>That was only the small add-on code beside the barcode.</source>
        <translation>扫到的只是条码旁边的小附加码。</translation>
    </message>
    <message>
        <source>The CA certificate {0} does not exist.</source>
        <translation>CA 证书 {0} 不存在。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The answer did not come from the platform.</source>
        <translation>此应答并非来自平台。</translation>
    </message>
    <message>
        <source>The card amount has the wrong sign for this sale.</source>
        <translation>刷卡金额的正负与本单不符。</translation>
    </message>
    <message>
        <source>The card amount is more than what is left to pay.</source>
        <translation>刷卡金额超过了待付金额。</translation>
    </message>
    <message>
        <source>The cash drawer on {0} did not answer ({1}).</source>
        <translation>{0} 上的钱箱没有响应（{1}）。</translation>
    </message>
    <message>
        <source>The cash rounding increment is at least 1 minor unit.</source>
        <translation>现金抹零单位至少为 1 个最小货币单位。</translation>
    </message>
    <message>
        <source>The cloud-shelf order has no items.</source>
        <translation>云货架订单没有商品。</translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation>清点的现金不能为负数。</translation>
    </message>
    <message>
        <source>The customer display on {0} did not answer ({1}).</source>
        <translation>{0} 上的顾客显示屏没有响应（{1}）。</translation>
    </message>
    <message>
        <source>The customer's details kept on this till for the order cannot be read back.</source>
        <translation>本收银机为该订单保存的顾客信息无法读取。</translation>
    </message>
    <message>
        <source>The customer's email address is not valid.</source>
        <translation>顾客的电子邮箱地址无效。</translation>
    </message>
    <message>
        <source>The customer's name is missing.</source>
        <translation>缺少顾客姓名。</translation>
    </message>
    <message>
        <source>The customer's phone number has fewer than 4 digits.</source>
        <translation>顾客的电话号码不足 4 位。</translation>
    </message>
    <message>
        <source>The customer's {0} is longer than {1} characters.</source>
        <translation>顾客的 {0} 超过 {1} 个字符。</translation>
    </message>
    <message>
        <source>The demo platform did not start: {0}</source>
        <translation>演示平台未能启动：{0}</translation>
    </message>
    <message>
        <source>The demo platform refused 'central {0}': {1}</source>
        <translation>演示平台拒绝了“central {0}”：{1}</translation>
    </message>
    <message>
        <source>The discount is more than the price.</source>
        <translation>折扣超过了价格。</translation>
    </message>
    <message>
        <source>The discount limit is a percentage between 0 and 100.</source>
        <translation>折扣上限须为 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>The disk that holds this till's store ({0}) is full: what you just did was not saved.</source>
        <translation>存放本收银机数据的磁盘（{0}）已满：刚才的操作没有保存。</translation>
    </message>
    <message>
        <source>The drawer did not open in time.</source>
        <translation>钱箱未能及时打开。</translation>
    </message>
    <message>
        <source>The drawer did not open: the printer is {0}.</source>
        <translation>钱箱没有打开：打印机状态为 {0}。</translation>
    </message>
    <message>
        <source>The drawer opens through the printer: switch it on and check its cable, or use the drawer's key.</source>
        <translation>钱箱通过打印机打开：请打开打印机并检查线缆，或用钱箱钥匙。</translation>
    </message>
    <message>
        <source>The feed cursor expired.</source>
        <translation>同步游标已过期。</translation>
    </message>
    <message>
        <source>The item number in '{0}' has a wrong check digit.</source>
        <translation>“{0}”中的商品编号校验位不正确。</translation>
    </message>
    <message>
        <source>The opening float cannot be negative.</source>
        <translation>开班备用金不能为负数。</translation>
    </message>
    <message>
        <source>The payments are short of the total by {0}.</source>
        <translation>已收款项比合计少 {0}。</translation>
    </message>
    <message>
        <source>The pickup code must come as its Argon2 hash.</source>
        <translation>取货码必须以 Argon2 哈希形式提供。</translation>
    </message>
    <message>
        <source>The pickup code, name or phone digits do not match order {0}.</source>
        <translation>取货码、姓名或手机尾号与订单 {0} 不符。</translation>
    </message>
    <message>
        <source>The platform already holds an event numbered {0}.</source>
        <translation>平台已有编号为 {0} 的事件。</translation>
    </message>
    <message>
        <source>The platform answered none of the events sent.</source>
        <translation>平台没有回应已发送的任何事件。</translation>
    </message>
    <message>
        <source>The platform cannot be reached: it did not answer in time.</source>
        <translation>无法连接平台：平台未及时应答。</translation>
    </message>
    <message>
        <source>The platform cannot be reached: no connection (the network is down or the platform is stopped).</source>
        <translation>无法连接平台：没有连接（网络中断或平台已停止）。</translation>
    </message>
    <message>
        <source>The platform cannot be reached: the network failed.</source>
        <translation>无法连接平台：网络故障。</translation>
    </message>
    <message>
        <source>The platform expects event {0}, but this terminal is at {1}.</source>
        <translation>平台期待事件 {0}，但本终端在 {1}。</translation>
    </message>
    <message>
        <source>The platform is busy ({0}).</source>
        <translation>平台繁忙（{0}）。</translation>
    </message>
    <message>
        <source>The platform refused the request ({0}).</source>
        <translation>平台拒绝了请求（{0}）。</translation>
    </message>
    <message>
        <source>The platform refused the terminal's token.</source>
        <translation>平台拒绝了本终端的令牌。</translation>
    </message>
    <message>
        <source>The platform refuses every event ({0}).</source>
        <translation>平台拒绝所有事件（{0}）。</translation>
    </message>
    <message>
        <source>The platform sent a malformed page of the {0} feed ({1}: {2}).</source>
        <translation>平台发送的 {0} 数据页格式有误（{1}：{2}）。</translation>
    </message>
    <message>
        <source>The platform sent an answer that is not JSON.</source>
        <translation>平台的应答不是 JSON。</translation>
    </message>
    <message>
        <source>The platform's TLS certificate is not trusted.</source>
        <translation>平台的 TLS 证书不受信任。</translation>
    </message>
    <message>
        <source>The platform's answer has no results.</source>
        <translation>平台的应答中没有结果。</translation>
    </message>
    <message>
        <source>The printer did not answer in time.</source>
        <translation>打印机未能及时响应。</translation>
    </message>
    <message>
        <source>The printer did not print: {0}.</source>
        <translation>打印机没有打印：{0}。</translation>
    </message>
    <message>
        <source>The printer's encoding {0} has no {1}: {2} text(s) would print '?' in their place: {3}. Set the encoding to gb18030, which has every character.</source>
        <translation>打印机编码 {0} 中没有 {1}：{2} 条文字里的这些字符会打印成“?”：{3}。请把编码设为 gb18030，它包含所有字符。</translation>
    </message>
    <message>
        <source>The refund is more than that payment took.</source>
        <translation>退款超过了该笔款项的金额。</translation>
    </message>
    <message>
        <source>The sale has no items.</source>
        <translation>本单没有商品。</translation>
    </message>
    <message>
        <source>The scan was empty.</source>
        <translation>扫码内容为空。</translation>
    </message>
    <message>
        <source>The scanner sent unreadable characters.</source>
        <translation>扫描枪发来了无法识别的字符。</translation>
    </message>
    <message>
        <source>The stock shared across stores is for a manager.</source>
        <translation>跨店共享库存仅限经理查看。</translation>
    </message>
    <message>
        <source>The store {0} cannot be read ({1}).</source>
        <translation>无法读取本地数据 {0}（{1}）。</translation>
    </message>
    <message>
        <source>The terminal's token has expired.</source>
        <translation>终端的令牌已过期。</translation>
    </message>
    <message>
        <source>The terminal's token is not known here.</source>
        <translation>平台不认识该终端的令牌。</translation>
    </message>
    <message>
        <source>The terminal's token was revoked.</source>
        <translation>终端的令牌已被吊销。</translation>
    </message>
    <message>
        <source>The till sends it with the sale; try again after the next sync.</source>
        <translation>收银机会随销售一起发送；请在下次同步后重试。</translation>
    </message>
    <message>
        <source>The {0} '{1}' has seconds or a time zone.</source>
        <translation>{0}“{1}”带有秒或时区。</translation>
    </message>
    <message>
        <source>The {0} '{1}' is not 1-8 capital letters or digits.</source>
        <translation>{0}“{1}”不是 1 到 8 位大写字母或数字。</translation>
    </message>
    <message>
        <source>The {0} '{1}' is not a date and time.</source>
        <translation>{0}“{1}”不是日期和时间。</translation>
    </message>
    <message>
        <source>There is no cloud-shelf order {0} here.</source>
        <translation>这里没有云货架订单 {0}。</translation>
    </message>
    <message>
        <source>There is no cloud-shelf order {0}.</source>
        <translation>没有云货架订单 {0}。</translation>
    </message>
    <message>
        <source>There is no location {0}.</source>
        <translation>没有地点 {0}。</translation>
    </message>
    <message>
        <source>There is no order {0} for this store here.</source>
        <translation>这里没有本店的订单 {0}。</translation>
    </message>
    <message>
        <source>There is no sale on screen.</source>
        <translation>屏幕上没有销售。</translation>
    </message>
    <message>
        <source>There is no sale to park.</source>
        <translation>没有可挂起的销售。</translation>
    </message>
    <message>
        <source>There is no setting {0}.</source>
        <translation>没有设置项 {0}。</translation>
    </message>
    <message>
        <source>There is no store {0} to deliver to.</source>
        <translation>没有可送达的门店 {0}。</translation>
    </message>
    <message>
        <source>There is no store {0}.</source>
        <translation>没有门店 {0}。</translation>
    </message>
    <message>
        <source>There is no style {0} here.</source>
        <translation>这里没有款式 {0}。</translation>
    </message>
    <message>
        <source>There is no such cloud-shelf order (yet).</source>
        <translation>（暂时）没有这个云货架订单。</translation>
    </message>
    <message>
        <source>They wait and go with the next sync: {0}</source>
        <translation>它们会保留等待，随下次同步发送：{0}</translation>
    </message>
    <message>
        <source>This call needs the terminal's bearer token.</source>
        <translation>此调用需要终端的令牌。</translation>
    </message>
    <message>
        <source>This data directory already holds a terminal.</source>
        <translation>该数据目录中已有终端。</translation>
    </message>
    <message>
        <source>This enrolment code is unknown, used or expired.</source>
        <translation>该注册码无效、已使用或已过期。</translation>
    </message>
    <message>
        <source>This item expired on {0} (batch {1}).</source>
        <translation>该商品已于 {0} 过期（批次 {1}）。</translation>
    </message>
    <message>
        <source>This sale was completed in another window of this till (receipt {0}).</source>
        <translation>这笔销售已在本收银机的另一个窗口完成（小票 {0}）。</translation>
    </message>
    <message>
        <source>This sale was parked in another window of this till.</source>
        <translation>这笔销售已在本收银机的另一个窗口挂单。</translation>
    </message>
    <message>
        <source>This sale was voided in another window of this till.</source>
        <translation>这笔销售已在本收银机的另一个窗口作废。</translation>
    </message>
    <message>
        <source>This store file does not match the platform's record: call support.</source>
        <translation>本地数据与平台记录不符：请联系技术支持。</translation>
    </message>
    <message>
        <source>This store file has no terminal set up.</source>
        <translation>本地数据中未设置终端。</translation>
    </message>
    <message>
        <source>This store was written by a newer CloudShelf (schema {0}).</source>
        <translation>本地数据由较新版本的 CloudShelf 写入（架构 {0}）。</translation>
    </message>
    <message>
        <source>This store's staff are managed at head office.</source>
        <translation>本店员工由总部管理。</translation>
    </message>
    <message>
        <source>This terminal is not enrolled with a platform.</source>
        <translation>本终端未注册到平台。</translation>
    </message>
    <message>
        <source>This terminal is not enrolled with the platform.</source>
        <translation>本终端未注册到平台。</translation>
    </message>
    <message>
        <source>This terminal is not enrolled.</source>
        <translation>本终端未注册。</translation>
    </message>
    <message>
        <source>This terminal is {0}-{1}; the code is for {2}-{3}.</source>
        <translation>本终端是 {0}-{1}；该注册码用于 {2}-{3}。</translation>
    </message>
    <message>
        <source>This till held {0} {1} times in the last hour.</source>
        <translation>本收银机在过去一小时内已预留 {0} {1} 次。</translation>
    </message>
    <message>
        <source>This till holds {0} units already; a till may hold at most {1}.</source>
        <translation>本收银机已预留 {0} 件；每台收银机最多可预留 {1} 件。</translation>
    </message>
    <message>
        <source>This till is not enrolled with the platform.</source>
        <translation>本收银机未注册到平台。</translation>
    </message>
    <message>
        <source>Too many attempts.</source>
        <translation>尝试次数过多。</translation>
    </message>
    <message>
        <source>Too many failed order look-ups at this till.</source>
        <translation>本收银机查找订单失败次数过多。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {0} is locked for {1} min.</source>
        <translation>PIN 码错误次数过多：{0} 已被锁定 {1} 分钟。</translation>
    </message>
    <message>
        <source>Try again in {0} min, or ask a manager.</source>
        <translation>请 {0} 分钟后重试，或找经理。</translation>
    </message>
    <message>
        <source>Try again in {0} min. Ask the customer for the QR code or the pickup code.</source>
        <translation>请 {0} 分钟后重试。请向顾客索取二维码或取货码。</translation>
    </message>
    <message>
        <source>Try again, or use the drawer's key.</source>
        <translation>请重试，或用钱箱钥匙。</translation>
    </message>
    <message>
        <source>Type a number like 10 or 12.5.</source>
        <translation>请输入数字，例如 10 或 12.5。</translation>
    </message>
    <message>
        <source>Type a percentage up to 100.</source>
        <translation>请输入不超过 100 的百分比。</translation>
    </message>
    <message>
        <source>Type a positive percentage or amount.</source>
        <translation>请输入正的百分比或金额。</translation>
    </message>
    <message>
        <source>Type a reason, e.g. 'bank drop'.</source>
        <translation>请输入原因，例如：存入银行。</translation>
    </message>
    <message>
        <source>Type a reason, e.g. 'change for a note'.</source>
        <translation>请输入原因，例如：兑换零钱。</translation>
    </message>
    <message>
        <source>Type a reason, e.g. 'item damaged'.</source>
        <translation>请输入原因，例如：商品损坏。</translation>
    </message>
    <message>
        <source>Type a smaller amount.</source>
        <translation>请输入更小的金额。</translation>
    </message>
    <message>
        <source>Type a word of the item's name, a SKU or a barcode.</source>
        <translation>请输入商品名称中的词、SKU 或条码。</translation>
    </message>
    <message>
        <source>Type an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>Type digits with an optional decimal point, e.g. 12.50.</source>
        <translation>请输入数字，可带小数点，例如 12.50。</translation>
    </message>
    <message>
        <source>Type how many of each note and coin are in the drawer.</source>
        <translation>请输入钱箱中每种纸币和硬币的数量。</translation>
    </message>
    <message>
        <source>Type how many units come back.</source>
        <translation>请输入退回的数量。</translation>
    </message>
    <message>
        <source>Type its port, e.g. serial:///dev/ttyUSB1.</source>
        <translation>请输入其端口，例如 serial:///dev/ttyUSB1。</translation>
    </message>
    <message>
        <source>Type the amount taken or refunded.</source>
        <translation>请输入收款或退款金额。</translation>
    </message>
    <message>
        <source>Type the amount you put in or take out.</source>
        <translation>请输入存入或取出的金额。</translation>
    </message>
    <message>
        <source>Type the cash the customer handed over.</source>
        <translation>请输入顾客支付的现金。</translation>
    </message>
    <message>
        <source>Type the customer's pickup code, their name, or the last 4 digits of their phone.</source>
        <translation>请输入顾客的取货码、姓名或手机后 4 位。</translation>
    </message>
    <message>
        <source>Type the new unit price.</source>
        <translation>请输入新单价。</translation>
    </message>
    <message>
        <source>Type the number of units.</source>
        <translation>请输入数量。</translation>
    </message>
    <message>
        <source>Type the printer's URL, e.g. tcp://192.168.1.50:9100.</source>
        <translation>请输入打印机地址，例如 tcp://192.168.1.50:9100。</translation>
    </message>
    <message>
        <source>Type the reference printed on its slip.</source>
        <translation>请输入刷卡单上印的参考号。</translation>
    </message>
    <message>
        <source>Unknown login or wrong PIN.</source>
        <translation>账号不存在或 PIN 码错误。</translation>
    </message>
    <message>
        <source>Use 'default', or your model's profile (e.g. TM-T88V); 'cloudshelf devices list' shows the setting.</source>
        <translation>请用“default”或您的型号配置（如 TM-T88V）；“cloudshelf devices list”会显示当前设置。</translation>
    </message>
    <message>
        <source>Use 02 or 20 to 29.</source>
        <translation>请用 02 或 20 到 29。</translation>
    </message>
    <message>
        <source>Use 1 for no rounding, 5 or 10.</source>
        <translation>请用 1（不抹零）、5 或 10。</translation>
    </message>
    <message>
        <source>Use 9600 (most scanners) or 115200.</source>
        <translation>请用 9600（大多数扫描枪）或 115200。</translation>
    </message>
    <message>
        <source>Use Refund in the cloud-shelf orders list (Ctrl+Shift+E).</source>
        <translation>请在云货架订单列表中使用“退款”（Ctrl+Shift+E）。</translation>
    </message>
    <message>
        <source>Use a code for this terminal, or another --data-dir.</source>
        <translation>请使用本终端的注册码，或换一个 --data-dir。</translation>
    </message>
    <message>
        <source>Use a code like CNY, USD or EUR.</source>
        <translation>请使用 CNY、USD 或 EUR 这样的代码。</translation>
    </message>
    <message>
        <source>Use a locale like zh_CN or en_US.</source>
        <translation>请使用 zh_CN 或 en_US 这样的区域设置。</translation>
    </message>
    <message>
        <source>Use a name like Asia/Shanghai.</source>
        <translation>请使用 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <source>Use another --data-dir, or keep this one.</source>
        <translation>请换一个 --data-dir，或保留当前这个。</translation>
    </message>
    <message>
        <source>Use at most {0} decimal places.</source>
        <translation>最多 {0} 位小数。</translation>
    </message>
    <message>
        <source>Use letters, digits, '.' or '_', up to 40.</source>
        <translation>请使用字母、数字、“.”或“_”，最多 40 个。</translation>
    </message>
    <message>
        <source>Use one of {0}, and add [barcodes.templates] for your scales.</source>
        <translation>请使用 {0} 之一，并为您的电子秤添加 [barcodes.templates]。</translation>
    </message>
    <message>
        <source>Use one of: {0}.</source>
        <translation>请使用以下之一：{0}。</translation>
    </message>
    <message>
        <source>Void it (F8) and add it again from the cloud shelf (Ctrl+E).</source>
        <translation>请删除该行（F8），再从云货架重新添加（Ctrl+E）。</translation>
    </message>
    <message>
        <source>Void it (F8) to take the order out of the sale.</source>
        <translation>删除该行（F8）即可将订单移出本单。</translation>
    </message>
    <message>
        <source>Void its lines (F8) and complete the sale without it.</source>
        <translation>请删除其商品行（F8），不含该订单完成交易。</translation>
    </message>
    <message>
        <source>Void the returned line and add it again.</source>
        <translation>请删除该退货行后重新添加。</translation>
    </message>
    <message>
        <source>Wait {0} s and try again.</source>
        <translation>请等待 {0} 秒后重试。</translation>
    </message>
    <message>
        <source>Weigh the item again and print a new label.</source>
        <translation>请重新称重并打印新标签。</translation>
    </message>
    <message>
        <source>Write it as 2026-12-10 or 2026-12-10 09:00.</source>
        <translation>请写成 2026-12-10 或 2026-12-10 09:00。</translation>
    </message>
    <message>
        <source>Write kind:pattern, e.g. price:PPPPPPPVVVVV or weight:PPPPPPPCVVVV (12 of P, C, V).</source>
        <translation>请写作 类型:模式，例如 price:PPPPPPPVVVVV 或 weight:PPPPPPPCVVVV（共 12 个 P、C、V）。</translation>
    </message>
    <message>
        <source>Write the USB ids in hex, e.g. 05e0:1200.</source>
        <translation>请用十六进制填写 USB 标识，例如 05e0:1200。</translation>
    </message>
    <message>
        <source>Write the store's local time to the minute, e.g. 2026-12-10 09:00.</source>
        <translation>请写门店当地时间,精确到分钟,例如 2026-12-10 09:00。</translation>
    </message>
    <message>
        <source>Wrong pickup code for order {0}.</source>
        <translation>订单 {0} 的取货码错误。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>barcodes.region = {0} has no built-in templates.</source>
        <translation>barcodes.region = {0} 没有内置模板。</translation>
    </message>
    <message>
        <source>barcodes.templates.{0} must be text like 'price:PPPPPPPVVVVV'.</source>
        <translation>barcodes.templates.{0} 必须是类似“price:PPPPPPPVVVVV”的文本。</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>display.protocol must be escpos or cd5220.</source>
        <translation>display.protocol 必须是 escpos 或 cd5220。</translation>
    </message>
    <message>
        <source>display.width must be 8 to 40 characters.</source>
        <translation>display.width 必须是 8 到 40 个字符。</translation>
    </message>
    <message>
        <source>e.g. ?style=ST0000001</source>
        <translation>例如 ?style=ST0000001</translation>
    </message>
    <message>
        <source>hand over</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>make ready</source>
        <translation>标记为已备好</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>not enrolled with the platform</source>
        <translation>未注册到平台</translation>
    </message>
    <message>
        <source>pay for</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>pick</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>printer.logo: {0} is not a file.</source>
        <translation>printer.logo：{0} 不是文件。</translation>
    </message>
    <message>
        <source>printer.profile = {0} is not a python-escpos printer profile.</source>
        <translation>printer.profile = {0} 不是 python-escpos 的打印机型号配置。</translation>
    </message>
    <message>
        <source>printer.retry_max_seconds must be between 0.05 and 600.</source>
        <translation>printer.retry_max_seconds 必须在 0.05 到 600 之间。</translation>
    </message>
    <message>
        <source>printer.width must be 32, 42 or 48 columns.</source>
        <translation>printer.width 必须是 32、42 或 48 列。</translation>
    </message>
    <message>
        <source>scanner.baudrate is not a serial speed.</source>
        <translation>scanner.baudrate 不是有效的串口速率。</translation>
    </message>
    <message>
        <source>scanner.usb = {0} is not VID:PID.</source>
        <translation>scanner.usb = {0} 不是 VID:PID 格式。</translation>
    </message>
    <message>
        <source>scanner.wedge_gap_ms must be 5 to 200 and wedge_min_length 1 to 40.</source>
        <translation>scanner.wedge_gap_ms 必须为 5 到 200，wedge_min_length 必须为 1 到 40。</translation>
    </message>
    <message>
        <source>the platform's answer could not be read</source>
        <translation>无法读取平台的应答</translation>
    </message>
    <message>
        <source>{0} ({1}) is not in order {2}.</source>
        <translation>{0}（{1}）不在订单 {2} 中。</translation>
    </message>
    <message>
        <source>{0} = {1} is not a device URL this till knows.</source>
        <translation>{0} = {1} 不是本收银机认识的设备地址。</translation>
    </message>
    <message>
        <source>{0} = {1} is not a text encoding.</source>
        <translation>{0} = {1} 不是文字编码。</translation>
    </message>
    <message>
        <source>{0} = {1} names no CUPS queue.</source>
        <translation>{0} = {1} 没有指定 CUPS 队列。</translation>
    </message>
    <message>
        <source>{0} = {1} names no device.</source>
        <translation>{0} = {1} 没有指定设备。</translation>
    </message>
    <message>
        <source>{0} = {1} needs a host and a port, e.g. tcp://192.168.1.50:9100.</source>
        <translation>{0} = {1} 需要主机和端口，例如 tcp://192.168.1.50:9100。</translation>
    </message>
    <message>
        <source>{0} = {1} needs the USB vendor and product id as VID:PID in hex.</source>
        <translation>{0} = {1} 需要以十六进制 VID:PID 表示的 USB 厂商和产品标识。</translation>
    </message>
    <message>
        <source>{0} already holds a terminal store.</source>
        <translation>{0} 中已有终端数据。</translation>
    </message>
    <message>
        <source>{0} anywhere ({1} of {2} free)</source>
        <translation>{0} 各地合计（需 {2} 件，可用 {1} 件）</translation>
    </message>
    <message>
        <source>{0} at {1} ({2} of {3} free)</source>
        <translation>{0} 在 {1}（需 {3} 件，可用 {2} 件）</translation>
    </message>
    <message>
        <source>{0} has no price in this store.</source>
        <translation>{0} 在本店没有价格。</translation>
    </message>
    <message>
        <source>{0} has no price per kg here.</source>
        <translation>{0} 在本店没有每公斤价格。</translation>
    </message>
    <message>
        <source>{0} holds the store {1}, not the '{2}' demo's store {3}.</source>
        <translation>{0} 中是门店 {1}，不是“{2}”演示的门店 {3}。</translation>
    </message>
    <message>
        <source>{0} is a return receipt.</source>
        <translation>{0} 是退货小票。</translation>
    </message>
    <message>
        <source>{0} is due in cash after rounding; {1} is short of it.</source>
        <translation>抹零后应收现金 {0}；{1} 不够。</translation>
    </message>
    <message>
        <source>{0} is from {1} to {2}.</source>
        <translation>{0} 的取值范围是 {1} 至 {2}。</translation>
    </message>
    <message>
        <source>{0} is locked after too many wrong PINs.</source>
        <translation>{0} 因 PIN 码错误次数过多已被锁定。</translation>
    </message>
    <message>
        <source>{0} is needed.</source>
        <translation>需要 {0}。</translation>
    </message>
    <message>
        <source>{0} is not UTF-8 text.</source>
        <translation>{0} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>{0} is not valid TOML: {1}.</source>
        <translation>{0} 不是有效的 TOML：{1}。</translation>
    </message>
    <message>
        <source>{0} is still to be refunded.</source>
        <translation>还需退款 {0}。</translation>
    </message>
    <message>
        <source>{0} item(s) of order {1} are not picked yet.</source>
        <translation>订单 {1} 还有 {0} 件商品未拣货。</translation>
    </message>
    <message>
        <source>{0} may no longer work at this till.</source>
        <translation>{0} 已无权在此收银台工作。</translation>
    </message>
    <message>
        <source>{0} may not approve this.</source>
        <translation>{0} 无权授权此操作。</translation>
    </message>
    <message>
        <source>{0} must be 2 or 5 (the drawer connector's pin).</source>
        <translation>{0} 必须是 2 或 5（钱箱接口的针脚）。</translation>
    </message>
    <message>
        <source>{0} sale(s) are still open or parked in this shift.</source>
        <translation>本班次还有 {0} 笔销售未完成或已挂起。</translation>
    </message>
    <message>
        <source>{0} was returned meanwhile; only {1} can still be returned.</source>
        <translation>{0} 在此期间已被退过；只剩 {1} 件可退。</translation>
    </message>
    <message>
        <source>{0}.{1} = {2} is not a template.</source>
        <translation>{0}.{1} = {2} 不是有效的模板。</translation>
    </message>
    <message>
        <source>{0}: a quantity is a whole number from 1 to {1}.</source>
        <translation>{0}：数量须为 1 到 {1} 的整数。</translation>
    </message>
    <message>
        <source>{0}: baudrate must be a number, not {1}.</source>
        <translation>{0}：baudrate 必须是数字，而不是 {1}。</translation>
    </message>
    <message>
        <source>{0}: cloud_shelf.low_stock must be 0 or more.</source>
        <translation>{0}：cloud_shelf.low_stock 必须大于或等于 0。</translation>
    </message>
    <message>
        <source>{0}: hand over 0 to {1}.</source>
        <translation>{0}：交付数量须为 0 到 {1}。</translation>
    </message>
    <message>
        <source>{0}: log.level must be one of {1}.</source>
        <translation>{0}：log.level 必须是 {1} 之一。</translation>
    </message>
    <message>
        <source>{0}: pickup.{1} must be 1 or more.</source>
        <translation>{0}：pickup.{1} 必须大于或等于 1。</translation>
    </message>
    <message>
        <source>{0}: receipt.width must be 32, 42 or 48.</source>
        <translation>{0}：receipt.width 必须是 32、42 或 48。</translation>
    </message>
    <message>
        <source>{0}: till.quick_keys must be a list of barcodes or SKUs in quotes.</source>
        <translation>{0}：till.quick_keys 必须是加引号的条码或 SKU 列表。</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0}: {1} is not a variable-measure prefix.</source>
        <translation>{0}：{1} 不是称重条码前缀。</translation>
    </message>
    <message>
        <source>{0}: {1} problem(s); nothing was imported.
{2}</source>
        <translation>{0}：{1} 个问题；未导入任何内容。
{2}</translation>
    </message>
    <message>
        <source>{0}: {1}.{2} must be a {3}, not {4}.</source>
        <translation>{0}：{1}.{2} 必须是 {3}，而不是 {4}。</translation>
    </message>
</context>
</TS>