<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../ui/dialogs/amount.py" line="28" />
        <location filename="../../ui/dialogs/amount.py" line="29" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="15" />
        <source>Manager approval</source>
        <translation>经理授权</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="23" />
        <source>Manager login</source>
        <translation>经理账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="26" />
        <source>Manager PIN</source>
        <translation>经理 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="30" />
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="31" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="91" />
        <source>Cancel order %s</source>
        <translation>取消订单 %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="93" />
        <source>Why is the order cancelled?</source>
        <translation>为什么取消该订单？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="96" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="100" />
        <source>Customer request</source>
        <translation>顾客要求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="100" />
        <source>Item out of stock</source>
        <translation>商品缺货</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="100" />
        <source>Item damaged</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="100" />
        <source>Not paid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="104" />
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
        <location filename="../../ui/cart_model.py" line="20" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="20" />
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="20" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="20" />
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="20" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="63" />
        <source>home</source>
        <translation>家中</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="64" />
        <source>held</source>
        <translation>已预留</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="64" />
        <source>to be confirmed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="65" />
        <source>cloud shelf → %1, %2</source>
        <translation>云货架 → %1，%2</translation>
    </message>
</context>
<context>
    <name>DeviceSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="52" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="58" />
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="61" />
        <source>Printer URL</source>
        <translation>打印机地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="63" />
        <source>Printer profile</source>
        <translation>打印机型号配置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="64" />
        <location filename="../../ui/dialogs/devices.py" line="68" />
        <source>Columns</source>
        <translation>每行字数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="65" />
        <location filename="../../ui/dialogs/devices.py" line="69" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="66" />
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="67" />
        <source>Profile</source>
        <translation>型号配置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="72" />
        <source>Barcode scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="75" />
        <source>Scanner port</source>
        <translation>扫描枪端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="75" />
        <source>empty: keyboard scanner</source>
        <translation>留空：键盘式扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="77" />
        <source>Scanner USB id</source>
        <translation>扫描枪 USB 标识</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="80" />
        <location filename="../../ui/dialogs/devices.py" line="91" />
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="84" />
        <source>Keyboard scanners: tell scans from typing by their speed</source>
        <translation>键盘式扫描枪：按输入速度区分扫码和打字</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="86" />
        <source>Keyboard scanners</source>
        <translation>键盘式扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="89" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="90" />
        <source>USB id</source>
        <translation>USB 标识</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="95" />
        <source>Cash drawer and customer display</source>
        <translation>钱箱和顾客显示屏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="98" />
        <source>Drawer port</source>
        <translation>钱箱端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="98" />
        <source>empty: through the printer</source>
        <translation>留空：通过打印机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="101" />
        <source>Display port</source>
        <translation>显示屏端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="104" />
        <source>Display commands</source>
        <translation>显示屏指令集</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="106" />
        <source>Drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="107" />
        <source>Display</source>
        <translation>显示屏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="108" />
        <source>Commands</source>
        <translation>指令集</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="115" />
        <source>Test printer</source>
        <translation>测试打印机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="116" />
        <source>Test scanner</source>
        <translation>测试扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="117" />
        <source>Test drawer</source>
        <translation>测试钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="118" />
        <source>Test display</source>
        <translation>测试显示屏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="132" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="134" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="181" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="200" />
        <source>Saved. The devices restarted with these settings.</source>
        <translation>已保存。设备已按新设置重新启动。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="29" />
        <source>Hand over %s</source>
        <translation>交付 %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="33" />
        <source>Pickup code (leave empty if the customer has none: a manager checks ID)</source>
        <translation>取货码（顾客没有取货码时留空：由经理核对证件）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="36" />
        <source>Pickup code</source>
        <translation>取货码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="42" />
        <source>Items to hand over</source>
        <translation>要交付的商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="43" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="43" />
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="43" />
        <source>Hand over</source>
        <translation>交付</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="52" />
        <source>Units of %s to hand over</source>
        <translation>%s 的交付数量</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="79" />
        <source>A pickup code is 6 digits.</source>
        <translation>取货码为 6 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="82" />
        <source>Nothing to hand over: cancel the order instead.</source>
        <translation>没有要交付的商品：请改为取消订单。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="42" />
        <source>Device status</source>
        <translation>设备状态</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Count the float in the drawer</source>
        <translation>清点钱箱中的备用金</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>No shift is open: open one to sell (Ctrl+Shift+O).</source>
        <translation>当前没有开班：请先开班再销售（Ctrl+Shift+O）。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Offline mode: not enrolled with the platform</source>
        <translation>离线模式：未注册到平台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="119" />
        <source>%n event(s) waiting</source>
        <translation><numerusform>%n 条待同步</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="121" />
        <source>%n refused: call support</source>
        <translation><numerusform>%n 条被拒绝：请联系技术支持</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>Sign in first, then scan.</source>
        <translation>请先登录，再扫码。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>paper low</source>
        <translation>纸将用完</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>Printer: %s</source>
        <translation>打印机：%s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="146" />
        <source>%n receipt(s) waiting</source>
        <translation><numerusform>%n 张小票待打印</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>Scanner: %s</source>
        <translation>扫描枪：%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>Display: not connected</source>
        <translation>显示屏：未连接</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <location filename="../../ui/dialogs/amount.py" line="77" />
        <source>Type a number, e.g. 2 or 12.5.</source>
        <translation>请输入数字，例如 2 或 12.5。</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="16" />
        <location filename="../../ui/dialogs/parked.py" line="21" />
        <source>Parked sales</source>
        <translation>挂起的销售</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="23" />
        <source>(no label)</source>
        <translation>（无备注）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/parked.py" line="25" />
        <source>%n line(s)</source>
        <translation><numerusform>%n 行</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="31" />
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>Pickup</name>
    <message>
        <location filename="../../ui/screens/pickup.py" line="38" />
        <source>new</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="39" />
        <source>picking</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="40" />
        <source>ready for pickup</source>
        <translation>待取货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="41" />
        <source>collected</source>
        <translation>已取货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="42" />
        <source>partly collected</source>
        <translation>部分取货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="43" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="44" />
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="51" />
        <source>Cancelled online while it was picked</source>
        <translation>拣货时已在线上取消</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="52" />
        <source>Also handed over at another till</source>
        <translation>另一台收银机也已交付</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="53" />
        <source>Handed over after it was cancelled online</source>
        <translation>线上取消后仍被交付</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="54" />
        <source>Handed over elsewhere before this cancel</source>
        <translation>在此取消之前已在别处交付</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="55" />
        <source>No longer listed at the platform</source>
        <translation>平台上已不再列出此订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="62" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="64" />
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="65" />
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>PickupModel</name>
    <message>
        <location filename="../../ui/pickup_model.py" line="56" />
        <source>Nothing was lost. Try again; if it happens again, call support.</source>
        <translation>没有丢失任何数据。请重试；如果再次发生，请联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../ui/pickup_model.py" line="85" />
        <source>Order %s is ready; the customer is told when the platform hears of it.</source>
        <translation>订单 %s 已备好；平台收到后会通知顾客。</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <location filename="../../ui/screens/pickup.py" line="79" />
        <source>Scan an order or an item</source>
        <translation>扫描订单或商品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="80" />
        <source>Scan the order's QR code or an item; or type an order code</source>
        <translation>扫描订单二维码或商品；或输入订单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="86" />
        <source>Pickup code, name or phone digits</source>
        <translation>取货码、姓名或手机尾号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="87" />
        <source>Pickup code, customer's name or last 4 phone digits</source>
        <translation>取货码、顾客姓名或手机后 4 位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="91" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="101" />
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="102" />
        <source>New</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="103" />
        <source>Picking</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="104" />
        <location filename="../../ui/screens/pickup.py" line="163" />
        <source>Ready</source>
        <translation>待取货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="105" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="115" />
        <source>Online orders for pickup</source>
        <translation>线上自提订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="117" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="117" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="117" />
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="117" />
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="117" />
        <source>Age</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="117" />
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="138" />
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="139" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="139" />
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="139" />
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="139" />
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="161" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="162" />
        <source>Seen</source>
        <translation>已知悉</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="164" />
        <source>Hand over</source>
        <translation>交付</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="165" />
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="166" />
        <location filename="../../ui/screens/pickup.py" line="284" />
        <source>Pick slip</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="167" />
        <source>Take payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="168" />
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="169" />
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="228" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="228" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="243" />
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="243" />
        <source>to pay %s</source>
        <translation>待付 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="245" />
        <source>(details removed)</source>
        <translation>（信息已删除）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="246" />
        <source>ordered %s</source>
        <translation>下单于 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="248" />
        <source>phone …%s</source>
        <translation>手机 …%s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="252" />
        <source>handed over at %s</source>
        <translation>交付于 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="310" />
        <location filename="../../ui/screens/pickup.py" line="321" />
        <source>Open an order first.</source>
        <translation>请先打开一个订单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="310" />
        <location filename="../../ui/screens/pickup.py" line="321" />
        <source>Click it in the queue, or scan its code.</source>
        <translation>在队列中点击订单，或扫描订单号。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="336" />
        <source>Order %s handed over.</source>
        <translation>订单 %s 已交付。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="343" />
        <source>Not approved; the order was not handed over.</source>
        <translation>未获授权；订单未交付。</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="186" />
        <source>Another source for %1</source>
        <translation>为 %1 另选货源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="193" />
        <source>Source of %1</source>
        <translation>%1 的货源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="195" />
        <source>Best by the rule</source>
        <translation>按规则最优</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="202" />
        <source>Reserve there</source>
        <translation>在此预留</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="204" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="28" />
        <source>Return or exchange</source>
        <translation>退货或换货</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="34" />
        <source>Receipt number or QR code</source>
        <translation>小票号或二维码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="35" />
        <source>Scan the receipt's QR code or type its number</source>
        <translation>扫描小票二维码或输入小票号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="40" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="49" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="49" />
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="49" />
        <source>Returnable</source>
        <translation>可退</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="49" />
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="56" />
        <source>Add to sale</source>
        <translation>加入本单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="58" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="85" />
        <source>Find the receipt first.</source>
        <translation>请先查找小票。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="90" />
        <source>Choose how many of which item come back.</source>
        <translation>请选择退回的商品和数量。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/widgets.py" line="18" />
        <source>cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="19" />
        <source>clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="20" />
        <source>manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <location filename="../../ui/screens/sale.py" line="66" />
        <source>Scan or search</source>
        <translation>扫码或搜索</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="67" />
        <source>Scan a barcode, or type a SKU or a name and press Enter</source>
        <translation>扫描条码，或输入 SKU 或名称后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="76" />
        <source>Items in this sale</source>
        <translation>本单商品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="88" />
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="97" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="123" />
        <location filename="../../ui/screens/sale.py" line="328" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="124" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="125" />
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="126" />
        <source>Park</source>
        <translation>挂单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="127" />
        <source>Parked</source>
        <translation>挂单列表</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="128" />
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="129" />
        <source>Void line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="130" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="131" />
        <source>Pay</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="132" />
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="133" />
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="134" />
        <location filename="../../ui/screens/sale.py" line="339" />
        <source>Order discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="135" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="136" />
        <location filename="../../ui/screens/sale.py" line="387" />
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="137" />
        <location filename="../../ui/screens/sale.py" line="387" />
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="138" />
        <source>Void sale</source>
        <translation>作废本单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="139" />
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="140" />
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="141" />
        <location filename="../../ui/screens/sale.py" line="426" />
        <source>Reprint</source>
        <translation>重印小票</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="142" />
        <source>No sale</source>
        <translation>开钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="143" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="144" />
        <source>Pickup</source>
        <translation>自提</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="145" />
        <source>Cloud shelf</source>
        <translation>云货架</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="146" />
        <source>Shelf orders</source>
        <translation>云货架订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="147" />
        <source>Shared stock</source>
        <translation>共享库存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sale.py" line="213" />
        <source>%n item(s)</source>
        <translation><numerusform>%n 件</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="213" />
        <source>Subtotal %s</source>
        <translation>小计 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="215" />
        <source>Discount %s</source>
        <translation>折扣 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="216" />
        <source>incl. tax</source>
        <translation>含税</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="216" />
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="219" />
        <source>Rounding %s</source>
        <translation>抹零 %s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="221" />
        <source>Note: %s</source>
        <translation>备注：%s</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="245" />
        <source>Quick keys not in the catalog: %s.</source>
        <translation>快捷键商品不在目录中：%s。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="246" />
        <source>A manager fixes [till] quick_keys in config.toml.</source>
        <translation>请经理在 config.toml 的 [till] quick_keys 中修正。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="302" />
        <source>Nothing found for '%s'.</source>
        <translation>未找到“%s”。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="323" />
        <source>Select a line first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="323" />
        <source>Scan an item or click a line.</source>
        <translation>扫描商品或点击一行。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="328" />
        <source>New quantity</source>
        <translation>新数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="334" />
        <source>Line discount</source>
        <translation>单行折扣</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="334" />
        <location filename="../../ui/screens/sale.py" line="339" />
        <source>Discount in percent</source>
        <translation>折扣百分比</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="345" />
        <source>Note for this sale</source>
        <translation>本单备注</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="346" />
        <source>Printed on the receipt (up to 500 characters)</source>
        <translation>打印在小票上（最多 500 字）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="356" />
        <source>New price</source>
        <translation>新价格</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="356" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="366" />
        <source>Not approved; the sale is as it was.</source>
        <translation>未获授权；本单保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="377" />
        <source>No parked sales.</source>
        <translation>没有挂起的销售。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="388" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="400" />
        <source>The sale has no items.</source>
        <translation>本单没有商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="400" />
        <source>Scan an item first.</source>
        <translation>请先扫描商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="417" />
        <source>Receipt %s sent to the printer.</source>
        <translation>小票 %s 已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="422" />
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="427" />
        <source>Receipt number, or scan its QR code</source>
        <translation>小票号，或扫描小票二维码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="430" />
        <source>Type a receipt number.</source>
        <translation>请输入小票号。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="438" />
        <source>Open the drawer</source>
        <translation>打开钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="439" />
        <source>Why does the drawer open without a sale?</source>
        <translation>无销售打开钱箱的原因？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="441" />
        <source>Type a reason, e.g. change for a note.</source>
        <translation>请输入原因，例如：兑换零钱。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="477" />
        <source>Cloud-shelf order held at the platform: take the payment.</source>
        <translation>云货架订单已在平台预留：请收款。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="480" />
        <source>Offline: the cloud-shelf order is sold to be confirmed when the sale reaches the platform.</source>
        <translation>离线：云货架订单已售出，待销售同步到平台后确认。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sale.py" line="485" />
        <source>Cloud-shelf orders waiting for a refund or another source: %n (Ctrl+Shift+E).</source>
        <translation><numerusform>待退款或另选货源的云货架订单：%n 个（Ctrl+Shift+E）。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="493" />
        <source>Report</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>Shelf</name>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="45" />
        <source>store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="46" />
        <source>warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="53" />
        <source>Live from the platform</source>
        <translation>平台实时数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="56" />
        <source>No figures of other locations yet</source>
        <translation>尚无其他地点的库存数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="58" />
        <source>Offline: figures as of %1 ago</source>
        <translation>离线：数据为 %1 前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="31" />
        <source>held, on its way to the platform</source>
        <translation>已预留，正在同步到平台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="32" />
        <source>to be confirmed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="33" />
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="34" />
        <source>stock gone</source>
        <translation>库存已无</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="35" />
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="36" />
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="37" />
        <source>arrived, in the store's pickup queue</source>
        <translation>已到店，在门店自提队列中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="38" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="44" />
        <source>refunded (%1)</source>
        <translation>已退款（%1）</translation>
    </message>
</context>
<context>
    <name>ShelfDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="71" />
        <source>Cloud shelf</source>
        <translation>云货架</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="76" />
        <source>Style, SKU, barcode or name</source>
        <translation>款号、SKU、条码或名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="77" />
        <source>Scan an item, or type a style code, a SKU or a name</source>
        <translation>扫描商品，或输入款号、SKU 或名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="81" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="91" />
        <source>Age of the figures</source>
        <translation>数据时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="94" />
        <source>Sizes and colours: here, other stores, warehouse</source>
        <translation>尺码与颜色：本店、其他门店、仓库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="107" />
        <source>Where it comes from</source>
        <translation>货源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="111" />
        <location filename="../../ui/dialogs/shelf.py" line="134" />
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="118" />
        <source>Add to order</source>
        <translation>加入订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="122" />
        <source>Items of the cloud-shelf order</source>
        <translation>云货架订单商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="124" />
        <source>Remove item</source>
        <translation>移除商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="126" />
        <source>Delivery and payment</source>
        <translation>配送与收款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="128" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="133" />
        <source>From</source>
        <translation>货源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="140" />
        <source>This order</source>
        <translation>本订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="171" />
        <source>Scan an item, or type a style code, a SKU or a name.</source>
        <translation>请扫描商品，或输入款号、SKU 或名称。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="174" />
        <source>Asking the platform ...</source>
        <translation>正在查询平台……</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="197" />
        <source>Here %1</source>
        <translation>本店 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="198" />
        <source>Stores %1</source>
        <translation>门店 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="199" />
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
        <location filename="../../ui/dialogs/shelf.py" line="234" />
        <source>Choose a size and colour.</source>
        <translation>请选择尺码和颜色。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="238" />
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="240" />
        <source>Best by the rule</source>
        <translation>按规则最优</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="241" />
        <source>%1 available</source>
        <translation>可用 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="258" />
        <source>Not enough at other locations on these figures.</source>
        <translation>按现有数据，其他地点库存不足。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="261" />
        <source>The rule would take it from: %1</source>
        <translation>按规则将从以下地点发货：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="267" />
        <source>Choose a size and colour first.</source>
        <translation>请先选择尺码和颜色。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="290" />
        <source>best by the rule</source>
        <translation>按规则最优</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="296" />
        <source>Add an item to the order first.</source>
        <translation>请先向订单添加商品。</translation>
    </message>
</context>
<context>
    <name>ShelfOrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="324" />
        <source>Cloud-shelf order</source>
        <translation>云货架订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="331" />
        <source>To the customer's home</source>
        <translation>送到顾客家中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="333" />
        <source>To a store, for pickup</source>
        <translation>送到门店自提</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="342" />
        <source>Store for pickup</source>
        <translation>自提门店</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="355" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="356" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="357" />
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="358" />
        <source>Street and number</source>
        <translation>街道和门牌号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="359" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="360" />
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="376" />
        <source>Add to sale</source>
        <translation>加入本单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="378" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="395" />
        <source>Home delivery needs a phone and the address.</source>
        <translation>送货上门需要电话和地址。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="397" />
        <source>The customer collects it with the pickup code printed on the receipt.</source>
        <translation>顾客凭小票上打印的取货码取货。</translation>
    </message>
</context>
<context>
    <name>ShelfOrdersDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="55" />
        <source>Cloud-shelf orders</source>
        <translation>云货架订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="64" />
        <source>This store's cloud-shelf orders</source>
        <translation>本店的云货架订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="66" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="66" />
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="66" />
        <source>To</source>
        <translation>送至</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="66" />
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="66" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="66" />
        <source>From</source>
        <translation>货源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="84" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="85" />
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="86" />
        <source>Another source</source>
        <translation>另选货源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="87" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/shelf_orders.py" line="103" />
        <source>%n order(s) paid but not coming: refund the customer or find another source.</source>
        <translation><numerusform>%n 个订单已付款但无法发货：请为顾客退款或另选货源。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="108" />
        <source>home</source>
        <translation>家中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="128" />
        <source>No cloud-shelf orders yet.</source>
        <translation>暂无云货架订单。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="134" />
        <source>The customer's details wait here until the platform has them.</source>
        <translation>顾客信息暂存本机，平台收到后即删除。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="142" />
        <source>Choose an order first.</source>
        <translation>请先选择订单。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="155" />
        <source>Only an order whose stock was gone needs another source.</source>
        <translation>只有库存已无的订单需要另选货源。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="159" />
        <source>Asking the platform ...</source>
        <translation>正在查询平台……</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="164" />
        <source>Order %1 is %2.</source>
        <translation>订单 %1：%2。</translation>
    </message>
</context>
<context>
    <name>ShiftCloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="16" />
        <source>Close shift: count the drawer</source>
        <translation>交班：清点钱箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="23" />
        <source>Count of %s</source>
        <translation>%s 的数量</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="31" />
        <source>Counted</source>
        <translation>清点金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="33" />
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="31" />
        <source>Choose your name</source>
        <translation>请选择您的名字</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="36" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="46" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="48" />
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="77" />
        <source>Locked. Type your PIN to go on.</source>
        <translation>已锁屏。输入 PIN 码继续。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="90" />
        <source>Choose your name first.</source>
        <translation>请先选择您的名字。</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="37" />
        <source>Shared stock</source>
        <translation>共享库存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="41" />
        <source>Style, SKU, barcode or name</source>
        <translation>款号、SKU、条码或名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="42" />
        <source>Scan an item, or type a style code, a SKU or a name</source>
        <translation>扫描商品，或输入款号、SKU 或名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="46" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="57" />
        <source>Units available per location and variant</source>
        <translation>各地点各规格的可用件数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="62" />
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="79" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="80" />
        <source>Export low stock</source>
        <translation>导出低库存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="81" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="100" />
        <source>Scan an item, or type a style code, a SKU or a name.</source>
        <translation>请扫描商品，或输入款号、SKU 或名称。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="103" />
        <source>Asking the platform ...</source>
        <translation>正在查询平台……</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="118" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="132" />
        <source>Low stock (%1 or fewer available)</source>
        <translation>低库存（可用 %1 件或更少）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="138" />
        <source>%1 on hand, %2 held</source>
        <translation>在库 %1，预留 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="140" />
        <source>Last movement %1</source>
        <translation>最近变动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="145" />
        <source>Show a style first.</source>
        <translation>请先显示一个款式。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="147" />
        <source>Export stock as CSV</source>
        <translation>将库存导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="151" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="159" />
        <source>%1 rows written to %2</source>
        <translation>已写入 %1 行到 %2</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="86" />
        <source>Something went wrong: %s</source>
        <translation>出错了：%s</translation>
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="35" />
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="48" />
        <source>Cash handed over</source>
        <translation>顾客付现</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="51" />
        <location filename="../../ui/dialogs/tender.py" line="98" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="55" />
        <source>Card amount</source>
        <translation>刷卡金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="59" />
        <location filename="../../ui/dialogs/tender.py" line="60" />
        <source>Card terminal reference</source>
        <translation>刷卡终端参考号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="64" />
        <location filename="../../ui/dialogs/tender.py" line="98" />
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="71" />
        <source>Payments taken</source>
        <translation>已收款项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="76" />
        <source>Refund to original payment</source>
        <translation>原路退款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="78" />
        <source>Remove payment</source>
        <translation>删除款项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="80" />
        <source>Complete sale</source>
        <translation>完成交易</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="82" />
        <source>Back to sale</source>
        <translation>返回销售</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="104" />
        <source>To pay: %s</source>
        <translation>应收：%s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="106" />
        <source>To refund: %s</source>
        <translation>应退：%s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="110" />
        <source>change %s</source>
        <translation>找零 %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="137" />
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
        <location filename="../../ui/till.py" line="88" />
        <source>The sale is kept. Try again; if it happens again, call support.</source>
        <translation>本单已保留。请重试；如仍出错，请联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="141" />
        <source>Cash movement recorded.</source>
        <translation>现金存取已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="181" />
        <source>Sale parked.</source>
        <translation>已挂单。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="249" />
        <source>Copy of %s sent to the printer.</source>
        <translation>%s 的副本已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="260" />
        <source>Drawer opened.</source>
        <translation>钱箱已打开。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="267" />
        <source>TOTAL</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="300" />
        <source>Device settings saved.</source>
        <translation>设备设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/till.py" line="346" />
        <source>Refund of %s added: pay it back (F10).</source>
        <translation>已加入 %s 的退款：请退款给顾客（F10）。</translation>
    </message>
</context>
</TS>