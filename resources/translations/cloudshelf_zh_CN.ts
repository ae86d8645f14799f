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
        <location filename="../../ui/cart_model.py" line="65" />
        <source>sold out here</source>
        <translation>本店售罄</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="71" />
        <source>home</source>
        <translation>家中</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="72" />
        <source>held</source>
        <translation>已预留</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="72" />
        <source>to be confirmed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="73" />
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
        <location filename="../../ui/main_window.py" line="88" />
        <source>Device status</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98" />
        <source>Quit the till</source>
        <translation>退出收银台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Till %s</source>
        <translation>收银机 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Count the float in the drawer</source>
        <translation>清点钱箱中的备用金</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>No shift is open: open one to sell (Ctrl+Shift+O).</source>
        <translation>当前没有开班：请先开班再销售（Ctrl+Shift+O）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202" />
        <source>Offline mode: not enrolled with the platform</source>
        <translation>离线模式：未注册到平台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>last synced %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>The disk is full: nothing new can be saved (the sale on screen is kept)</source>
        <translation>磁盘已满：无法保存新内容（屏幕上的销售已保留）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="214" />
        <source>%n event(s) waiting</source>
        <translation><numerusform>%n 条待同步</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="216" />
        <source>%n refused: call support</source>
        <translation><numerusform>%n 条被拒绝：请联系技术支持</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>sync restarted after an error at %1</source>
        <translation>同步出错后已于 %1 重新启动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232" />
        <source>Sign in first, then scan.</source>
        <translation>请先登录，再扫码。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238" />
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>paper low</source>
        <translation>纸将用完</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Printer: %s</source>
        <translation>打印机：%s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="246" />
        <source>%n receipt(s) waiting</source>
        <translation><numerusform>%n 张小票待打印</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248" />
        <source>keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250" />
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252" />
        <source>Scanner: %s</source>
        <translation>扫描枪：%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254" />
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
        <location filename="../../ui/dialogs/parked.py" line="32" />
        <source>Parked sales (%1)</source>
        <translation>挂起的销售（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="38" />
        <source>Parked sales</source>
        <translation>挂起的销售</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="39" />
        <source>Parked at</source>
        <translation>挂起时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="39" />
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="39" />
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="39" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="39" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/parked.py" line="52" />
        <source>%n item(s)</source>
        <translation><numerusform>%n 件</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="54" />
        <source>(no label)</source>
        <translation>（无备注）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="70" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="91" />
        <source>Park the sale: %1 item(s), %2</source>
        <translation>挂起销售：%1 件，%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="94" />
        <source>Label (optional), e.g. the customer's name</source>
        <translation>备注（可选），例如顾客姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="67" />
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
        <location filename="../../ui/pickup_model.py" line="59" />
        <source>Nothing was lost. Try again; if it happens again, call support.</source>
        <translation>没有丢失任何数据。请重试；如果再次发生，请联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../ui/pickup_model.py" line="89" />
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
        <location filename="../../ui/screens/sale.py" line="389" />
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
        <location filename="../../ui/screens/sale.py" line="405" />
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
        <location filename="../../ui/screens/sale.py" line="457" />
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="151" />
        <location filename="../../ui/screens/sale.py" line="457" />
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
        <location filename="../../ui/screens/sale.py" line="507" />
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
        <location filename="../../ui/screens/sale.py" line="281" />
        <source>Quick keys not in the catalog: %s.</source>
        <translation>快捷键商品不在目录中：%s。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="282" />
        <source>A manager fixes [till] quick_keys in config.toml.</source>
        <translation>请经理在 config.toml 的 [till] quick_keys 中修正。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="294" />
        <source>Sold out here: %1.</source>
        <translation>本店已售罄：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="296" />
        <source>Only %2 in stock here: %1.</source>
        <translation>本店仅剩 %2 件：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="298" />
        <source>Ctrl+E sells it from the cloud shelf.</source>
        <translation>按 Ctrl+E 从云货架销售。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="352" />
        <source>Nothing found for '%s'.</source>
        <translation>未找到“%s”。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="365" />
        <source>Select a line first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="365" />
        <source>Scan an item or click a line.</source>
        <translation>扫描商品或点击一行。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="383" />
        <source>Till %s</source>
        <translation>收银机 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="390" />
        <source>New quantity</source>
        <translation>新数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="399" />
        <source>Line discount</source>
        <translation>单行折扣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="400" />
        <location filename="../../ui/screens/sale.py" line="406" />
        <source>Discount in percent</source>
        <translation>折扣百分比</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="412" />
        <source>Note for this sale</source>
        <translation>本单备注</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="413" />
        <source>Printed on the receipt (up to 500 characters)</source>
        <translation>打印在小票上（最多 500 字）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="423" />
        <source>New price</source>
        <translation>新价格</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="424" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="433" />
        <source>Not approved; the sale is as it was.</source>
        <translation>未获授权；本单保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="447" />
        <source>No parked sales.</source>
        <translation>没有挂起的销售。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="458" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="469" />
        <source>The sale has no items.</source>
        <translation>本单没有商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="469" />
        <source>Scan an item first.</source>
        <translation>请先扫描商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="486" />
        <source>Receipt %s sent to the printer.</source>
        <translation>小票 %s 已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="491" />
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="498" />
        <source>Receipt %s: COPY</source>
        <translation>小票 %s：重印副本</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="501" />
        <source>Copy of %s queued for the printer.</source>
        <translation>%s 的副本已加入打印队列。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="503" />
        <source>No printer is set up: the copy of %s is shown only.</source>
        <translation>未设置打印机：%s 的副本仅在屏幕上显示。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="508" />
        <source>Receipt number, or scan its QR code</source>
        <translation>小票号，或扫描小票二维码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="511" />
        <source>Type a receipt number.</source>
        <translation>请输入小票号。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="519" />
        <source>Open the drawer</source>
        <translation>打开钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="520" />
        <source>Why does the drawer open without a sale?</source>
        <translation>无销售打开钱箱的原因？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="522" />
        <source>Type a reason, e.g. change for a note.</source>
        <translation>请输入原因，例如：兑换零钱。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="563" />
        <source>Cloud-shelf order held at the platform: take the payment.</source>
        <translation>云货架订单已在平台预留：请收款。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="566" />
        <source>Offline: the cloud-shelf order is sold to be confirmed when the sale reaches the platform.</source>
        <translation>离线：云货架订单已售出，待销售同步到平台后确认。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sale.py" line="571" />
        <source>Cloud-shelf orders waiting for a refund or another source: %n (Ctrl+Shift+E).</source>
        <translation><numerusform>待退款或另选货源的云货架订单：%n 个（Ctrl+Shift+E）。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="579" />
        <source>Report</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="57" />
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
        <location filename="../../ui/till.py" line="112" />
        <source>The sale is kept. Try again; if it happens again, call support.</source>
        <translation>本单已保留。请重试；如仍出错，请联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="177" />
        <source>Cash movement recorded.</source>
        <translation>现金存取已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="226" />
        <source>Sale parked.</source>
        <translation>已挂单。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="305" />
        <source>Drawer opened.</source>
        <translation>钱箱已打开。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="313" />
        <location filename="../../ui/till.py" line="323" />
        <source>TOTAL</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="323" />
        <source>CHANGE</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="362" />
        <source>Device settings saved.</source>
        <translation>设备设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="408" />
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
        <location filename="../../ui/screens/sale_panels.py" line="37" />
        <source>%n item(s)</source>
        <translation><numerusform>%n 件</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="37" />
        <source>Subtotal %s</source>
        <translation>小计 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="39" />
        <source>Discount %s</source>
        <translation>折扣 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="40" />
        <source>incl. tax</source>
        <translation>含税</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="40" />
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="43" />
        <source>Rounding %s</source>
        <translation>抹零 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="45" />
        <source>Note: %s</source>
        <translation>备注：%s</translation>
    </message>
</context>
</TS>