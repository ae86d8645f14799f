<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../ui/dialogs/amount.py" line="28" />
        <location filename="../../ui/dialogs/amount.py" line="29" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="15" />
        <source>Manager approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="23" />
        <source>Manager login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="26" />
        <source>Manager PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="30" />
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="31" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="91" />
        <source>Cancel order %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="93" />
        <source>Why is the order cancelled?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="96" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="100" />
        <source>Customer request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="100" />
        <source>Item out of stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="100" />
        <source>Item damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="100" />
        <source>Not paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="104" />
        <source>Type or choose a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="118" />
        <source>Give a reason.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../ui/cart_model.py" line="20" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="20" />
        <source>Qty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="20" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="20" />
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="20" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="63" />
        <source>home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="64" />
        <source>held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="64" />
        <source>to be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="65" />
        <source>cloud shelf → %1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeviceSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="52" />
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="58" />
        <source>Receipt printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="61" />
        <source>Printer URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="63" />
        <source>Printer profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="64" />
        <location filename="../../ui/dialogs/devices.py" line="68" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="65" />
        <location filename="../../ui/dialogs/devices.py" line="69" />
        <source>Encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="66" />
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="67" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="72" />
        <source>Barcode scanner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="75" />
        <source>Scanner port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="75" />
        <source>empty: keyboard scanner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="77" />
        <source>Scanner USB id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="80" />
        <location filename="../../ui/dialogs/devices.py" line="91" />
        <source>Baud rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="84" />
        <source>Keyboard scanners: tell scans from typing by their speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="86" />
        <source>Keyboard scanners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="89" />
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="90" />
        <source>USB id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="95" />
        <source>Cash drawer and customer display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="98" />
        <source>Drawer port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="98" />
        <source>empty: through the printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="101" />
        <source>Display port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="104" />
        <source>Display commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="106" />
        <source>Drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="107" />
        <source>Display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="108" />
        <source>Commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="115" />
        <source>Test printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="116" />
        <source>Test scanner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="117" />
        <source>Test drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="118" />
        <source>Test display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="132" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="134" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="181" />
        <source>Testing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="200" />
        <source>Saved. The devices restarted with these settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="29" />
        <source>Hand over %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="33" />
        <source>Pickup code (leave empty if the customer has none: a manager checks ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="36" />
        <source>Pickup code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="42" />
        <source>Items to hand over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="43" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="43" />
        <source>Picked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="43" />
        <source>Hand over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="52" />
        <source>Units of %s to hand over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="79" />
        <source>A pickup code is 6 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="82" />
        <source>Nothing to hand over: cancel the order instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="42" />
        <source>Device status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>Open shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Count the float in the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>No shift is open: open one to sell (Ctrl+Shift+O).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Offline mode: not enrolled with the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="119" />
        <source>%n event(s) waiting</source>
        <translation><numerusform>%n event waiting</numerusform><numerusform>%n events waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="121" />
        <source>%n refused: call support</source>
        <translation><numerusform>%n refused: call support</numerusform><numerusform>%n refused: call support</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>Sign in first, then scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>not set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>out of paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>paper low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>Printer: %s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="146" />
        <source>%n receipt(s) waiting</source>
        <translation><numerusform>%n receipt waiting</numerusform><numerusform>%n receipts waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>Scanner: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>Display: not connected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <location filename="../../ui/dialogs/amount.py" line="77" />
        <source>Type a number, e.g. 2 or 12.5.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="16" />
        <location filename="../../ui/dialogs/parked.py" line="21" />
        <source>Parked sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="23" />
        <source>(no label)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/parked.py" line="25" />
        <source>%n line(s)</source>
        <translation><numerusform>%n line</numerusform><numerusform>%n lines</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="31" />
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pickup</name>
    <message>
        <location filename="../../ui/screens/pickup.py" line="38" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="39" />
        <source>picking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="40" />
        <source>ready for pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="41" />
        <source>collected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="42" />
        <source>partly collected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="43" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="44" />
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="51" />
        <source>Cancelled online while it was picked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="52" />
        <source>Also handed over at another till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="53" />
        <source>Handed over after it was cancelled online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="54" />
        <source>Handed over elsewhere before this cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="55" />
        <source>No longer listed at the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="62" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="64" />
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="65" />
        <source>%1 d</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PickupModel</name>
    <message>
        <location filename="../../ui/pickup_model.py" line="56" />
        <source>Nothing was lost. Try again; if it happens again, call support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pickup_model.py" line="85" />
        <source>Order %s is ready; the customer is told when the platform hears of it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <location filename="../../ui/screens/pickup.py" line="79" />
        <source>Scan an order or an item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="80" />
        <source>Scan the order's QR code or an item; or type an order code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="86" />
        <source>Pickup code, name or phone digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="87" />
        <source>Pickup code, customer's name or last 4 phone digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="91" />
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="101" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="102" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="103" />
        <source>Picking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="104" />
        <location filename="../../ui/screens/pickup.py" line="163" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="105" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="115" />
        <source>Online orders for pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="117" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="117" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="117" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="117" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="117" />
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="117" />
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="138" />
        <source>Pick list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="139" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="139" />
        <source>Barcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="139" />
        <source>Ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="139" />
        <source>Picked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="161" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="162" />
        <source>Seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="164" />
        <source>Hand over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="165" />
        <source>Cancel order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="166" />
        <location filename="../../ui/screens/pickup.py" line="284" />
        <source>Pick slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="167" />
        <source>Take payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="168" />
        <source>Sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="169" />
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="228" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="228" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="243" />
        <source>paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="243" />
        <source>to pay %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="245" />
        <source>(details removed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="246" />
        <source>ordered %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="248" />
        <source>phone …%s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="252" />
        <source>handed over at %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="310" />
        <location filename="../../ui/screens/pickup.py" line="321" />
        <source>Open an order first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="310" />
        <location filename="../../ui/screens/pickup.py" line="321" />
        <source>Click it in the queue, or scan its code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="336" />
        <source>Order %s handed over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="343" />
        <source>Not approved; the order was not handed over.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="186" />
        <source>Another source for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="193" />
        <source>Source of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="195" />
        <source>Best by the rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="202" />
        <source>Reserve there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="204" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="28" />
        <source>Return or exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="34" />
        <source>Receipt number or QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="35" />
        <source>Scan the receipt's QR code or type its number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="40" />
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="49" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="49" />
        <source>Sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="49" />
        <source>Returnable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="49" />
        <source>Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="56" />
        <source>Add to sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="58" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="85" />
        <source>Find the receipt first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="90" />
        <source>Choose how many of which item come back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/widgets.py" line="18" />
        <source>cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="19" />
        <source>clerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="20" />
        <source>manager</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <location filename="../../ui/screens/sale.py" line="66" />
        <source>Scan or search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="67" />
        <source>Scan a barcode, or type a SKU or a name and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="76" />
        <source>Items in this sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="88" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="97" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="123" />
        <location filename="../../ui/screens/sale.py" line="328" />
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="124" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="125" />
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="126" />
        <source>Park</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="127" />
        <source>Parked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="128" />
        <source>Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="129" />
        <source>Void line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="130" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="131" />
        <source>Pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="132" />
        <source>X report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="133" />
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="134" />
        <location filename="../../ui/screens/sale.py" line="339" />
        <source>Order discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="135" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="136" />
        <location filename="../../ui/screens/sale.py" line="387" />
        <source>Cash in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="137" />
        <location filename="../../ui/screens/sale.py" line="387" />
        <source>Cash out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="138" />
        <source>Void sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="139" />
        <source>Open shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="140" />
        <source>Close shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="141" />
        <location filename="../../ui/screens/sale.py" line="426" />
        <source>Reprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="142" />
        <source>No sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="143" />
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="144" />
        <source>Pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="145" />
        <source>Cloud shelf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="146" />
        <source>Shelf orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="147" />
        <source>Shared stock</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sale.py" line="213" />
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="213" />
        <source>Subtotal %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="215" />
        <source>Discount %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="216" />
        <source>incl. tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="216" />
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="219" />
        <source>Rounding %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="221" />
        <source>Note: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="245" />
        <source>Quick keys not in the catalog: %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="246" />
        <source>A manager fixes [till] quick_keys in config.toml.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="302" />
        <source>Nothing found for '%s'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="323" />
        <source>Select a line first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="323" />
        <source>Scan an item or click a line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="328" />
        <source>New quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="334" />
        <source>Line discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="334" />
        <location filename="../../ui/screens/sale.py" line="339" />
        <source>Discount in percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="345" />
        <source>Note for this sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="346" />
        <source>Printed on the receipt (up to 500 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="356" />
        <source>New price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="356" />
        <source>Unit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="366" />
        <source>Not approved; the sale is as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="377" />
        <source>No parked sales.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="388" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="400" />
        <source>The sale has no items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="400" />
        <source>Scan an item first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="417" />
        <source>Receipt %s sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="422" />
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="427" />
        <source>Receipt number, or scan its QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="430" />
        <source>Type a receipt number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="438" />
        <source>Open the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="439" />
        <source>Why does the drawer open without a sale?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="441" />
        <source>Type a reason, e.g. change for a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="477" />
        <source>Cloud-shelf order held at the platform: take the payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="480" />
        <source>Offline: the cloud-shelf order is sold to be confirmed when the sale reaches the platform.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sale.py" line="485" />
        <source>Cloud-shelf orders waiting for a refund or another source: %n (Ctrl+Shift+E).</source>
        <translation><numerusform>Cloud-shelf orders waiting for a refund or another source: %n (Ctrl+Shift+E).</numerusform><numerusform>Cloud-shelf orders waiting for a refund or another source: %n (Ctrl+Shift+E).</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="493" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shelf</name>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="45" />
        <source>store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="46" />
        <source>warehouse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="53" />
        <source>Live from the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="56" />
        <source>No figures of other locations yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="58" />
        <source>Offline: figures as of %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="31" />
        <source>held, on its way to the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="32" />
        <source>to be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="33" />
        <source>confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="34" />
        <source>stock gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="35" />
        <source>shipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="36" />
        <source>delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="37" />
        <source>arrived, in the store's pickup queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="38" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="44" />
        <source>refunded (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShelfDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="71" />
        <source>Cloud shelf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="76" />
        <source>Style, SKU, barcode or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="77" />
        <source>Scan an item, or type a style code, a SKU or a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="81" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="91" />
        <source>Age of the figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="94" />
        <source>Sizes and colours: here, other stores, warehouse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="107" />
        <source>Where it comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="111" />
        <location filename="../../ui/dialogs/shelf.py" line="134" />
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="118" />
        <source>Add to order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="122" />
        <source>Items of the cloud-shelf order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="124" />
        <source>Remove item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="126" />
        <source>Delivery and payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="128" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="133" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="140" />
        <source>This order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="171" />
        <source>Scan an item, or type a style code, a SKU or a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="174" />
        <source>Asking the platform ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="197" />
        <source>Here %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="198" />
        <source>Stores %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="199" />
        <source>Warehouse %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="213" />
        <source>%1 held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="222" />
        <source>and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="234" />
        <source>Choose a size and colour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="238" />
        <source>no price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="240" />
        <source>Best by the rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="241" />
        <source>%1 available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="258" />
        <source>Not enough at other locations on these figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="261" />
        <source>The rule would take it from: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="267" />
        <source>Choose a size and colour first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="290" />
        <source>best by the rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="296" />
        <source>Add an item to the order first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShelfOrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="324" />
        <source>Cloud-shelf order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="331" />
        <source>To the customer's home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="333" />
        <source>To a store, for pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="342" />
        <source>Store for pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="355" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="356" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="357" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="358" />
        <source>Street and number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="359" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="360" />
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="376" />
        <source>Add to sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="378" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="395" />
        <source>Home delivery needs a phone and the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="397" />
        <source>The customer collects it with the pickup code printed on the receipt.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShelfOrdersDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="55" />
        <source>Cloud-shelf orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="64" />
        <source>This store's cloud-shelf orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="66" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="66" />
        <source>Sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="66" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="66" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="66" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="66" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="84" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="85" />
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="86" />
        <source>Another source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="87" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/shelf_orders.py" line="103" />
        <source>%n order(s) paid but not coming: refund the customer or find another source.</source>
        <translation><numerusform>%n order paid but not coming: refund the customer or find another source.</numerusform><numerusform>%n orders paid but not coming: refund the customer or find another source.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="108" />
        <source>home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="128" />
        <source>No cloud-shelf orders yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="134" />
        <source>The customer's details wait here until the platform has them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="142" />
        <source>Choose an order first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="155" />
        <source>Only an order whose stock was gone needs another source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="159" />
        <source>Asking the platform ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="164" />
        <source>Order %1 is %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftCloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="16" />
        <source>Close shift: count the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="23" />
        <source>Count of %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="31" />
        <source>Counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="33" />
        <source>Close shift</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="31" />
        <source>Choose your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="36" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="46" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="48" />
        <source>Delete the last digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="77" />
        <source>Locked. Type your PIN to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="90" />
        <source>Choose your name first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="37" />
        <source>Shared stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="41" />
        <source>Style, SKU, barcode or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="42" />
        <source>Scan an item, or type a style code, a SKU or a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="46" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="57" />
        <source>Units available per location and variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="62" />
        <source>Low stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="79" />
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="80" />
        <source>Export low stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="81" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="100" />
        <source>Scan an item, or type a style code, a SKU or a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="103" />
        <source>Asking the platform ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="118" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="132" />
        <source>Low stock (%1 or fewer available)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="138" />
        <source>%1 on hand, %2 held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="140" />
        <source>Last movement %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="145" />
        <source>Show a style first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="147" />
        <source>Export stock as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="151" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="159" />
        <source>%1 rows written to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="86" />
        <source>Something went wrong: %s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="35" />
        <source>Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="48" />
        <source>Cash handed over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="51" />
        <location filename="../../ui/dialogs/tender.py" line="98" />
        <source>Cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="55" />
        <source>Card amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="59" />
        <location filename="../../ui/dialogs/tender.py" line="60" />
        <source>Card terminal reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="64" />
        <location filename="../../ui/dialogs/tender.py" line="98" />
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="71" />
        <source>Payments taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="76" />
        <source>Refund to original payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="78" />
        <source>Remove payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="80" />
        <source>Complete sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="82" />
        <source>Back to sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="104" />
        <source>To pay: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="106" />
        <source>To refund: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="110" />
        <source>change %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="137" />
        <source>Type the cash the customer handed over.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextViewDialog</name>
    <message>
        <location filename="../../ui/dialogs/text_view.py" line="26" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <location filename="../../ui/till.py" line="88" />
        <source>The sale is kept. Try again; if it happens again, call support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="141" />
        <source>Cash movement recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="181" />
        <source>Sale parked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="249" />
        <source>Copy of %s sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="260" />
        <source>Drawer opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="267" />
        <source>TOTAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="300" />
        <source>Device settings saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="346" />
        <source>Refund of %s added: pay it back (F10).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>