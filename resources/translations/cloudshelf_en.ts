<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../ui/dialogs/amount.py" line="34" />
        <location filename="../../ui/dialogs/amount.py" line="35" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="45" />
        <source>Manager approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="59" />
        <source>Manager: press your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="78" />
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="106" />
        <source>Press the manager's name first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="109" />
        <source>Type the manager's PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="64" />
        <source>Manager PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/approval.py" line="53" />
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="94" />
        <source>Cancel order %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="96" />
        <source>Why is the order cancelled?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="99" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="103" />
        <source>Customer request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="103" />
        <source>Item out of stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="103" />
        <source>Item damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="103" />
        <source>Not paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="107" />
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
        <location filename="../../ui/cart_model.py" line="22" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="22" />
        <source>Qty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="22" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="22" />
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="22" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="65" />
        <source>sold out here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="71" />
        <source>home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="72" />
        <source>held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="72" />
        <source>to be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="73" />
        <source>cloud shelf → %1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeDue</name>
    <message>
        <location filename="../../ui/change_due.py" line="21" />
        <source>Change due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/change_due.py" line="35" />
        <source>Refund: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/change_due.py" line="37" />
        <source>Change: %s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeviceSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="55" />
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="72" />
        <source>Receipt printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="75" />
        <source>Printer URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="77" />
        <source>Printer profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="78" />
        <location filename="../../ui/dialogs/devices.py" line="82" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="79" />
        <location filename="../../ui/dialogs/devices.py" line="83" />
        <source>Encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="80" />
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="81" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="87" />
        <source>Barcode scanner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="90" />
        <source>Scanner port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="90" />
        <source>empty: keyboard scanner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="92" />
        <source>Scanner USB id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="95" />
        <location filename="../../ui/dialogs/devices.py" line="106" />
        <source>Baud rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="99" />
        <source>Keyboard scanners: tell scans from typing by their speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="101" />
        <source>Keyboard scanners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="104" />
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="105" />
        <source>USB id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="111" />
        <source>Cash drawer and customer display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="114" />
        <source>Drawer port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="114" />
        <source>empty: through the printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="117" />
        <source>Display port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="120" />
        <source>Display commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="122" />
        <source>Drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="123" />
        <source>Display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="124" />
        <source>Commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="133" />
        <source>Test printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="134" />
        <source>Test scanner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="135" />
        <source>Test drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="136" />
        <source>Test display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="152" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="154" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="200" />
        <source>Testing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/devices.py" line="217" />
        <source>Saved. The devices restarted with these settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs/base.py" line="37" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="38" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/base.py" line="58" />
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="32" />
        <source>Hand over %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="36" />
        <source>Pickup code (leave empty if the customer has none: a manager checks ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="39" />
        <source>Pickup code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="45" />
        <source>Items to hand over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="46" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="46" />
        <source>Picked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="46" />
        <source>Hand over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="55" />
        <source>Units of %s to hand over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="82" />
        <source>A pickup code is 6 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/pickup.py" line="85" />
        <source>Nothing to hand over: cancel the order instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <source>Device status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98" />
        <source>Quit the till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Open shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Till %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Count the float in the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>No shift is open: open one to sell (Ctrl+Shift+O).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202" />
        <source>Offline mode: not enrolled with the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>last synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>The disk is full: nothing new can be saved (the sale on screen is kept)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="214" />
        <source>%n event(s) waiting</source>
        <translation><numerusform>%n event waiting</numerusform><numerusform>%n events waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="216" />
        <source>%n refused: call support</source>
        <translation><numerusform>%n refused: call support</numerusform><numerusform>%n refused: call support</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>sync restarted after an error at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232" />
        <source>Sign in first, then scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>not set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238" />
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>out of paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>paper low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Printer: %s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="246" />
        <source>%n receipt(s) waiting</source>
        <translation><numerusform>%n receipt waiting</numerusform><numerusform>%n receipts waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248" />
        <source>keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250" />
        <source>not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252" />
        <source>Scanner: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254" />
        <source>Display: not connected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NumPad</name>
    <message>
        <location filename="../../ui/numpad.py" line="35" />
        <source>Number pad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/numpad.py" line="41" />
        <source>Decimal point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/numpad.py" line="42" />
        <source>Delete the last digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/numpad.py" line="43" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/numpad.py" line="44" />
        <location filename="../../ui/numpad.py" line="49" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <location filename="../../ui/dialogs/amount.py" line="87" />
        <source>Type a number, e.g. 2 or 12.5.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="32" />
        <source>Parked sales (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="38" />
        <source>Parked sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="39" />
        <source>Parked at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="39" />
        <source>Cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="39" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="39" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="39" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/parked.py" line="52" />
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="54" />
        <source>(no label)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="70" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="91" />
        <source>Park the sale: %1 item(s), %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="94" />
        <source>Label (optional), e.g. the customer's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="67" />
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pickup</name>
    <message>
        <location filename="../../ui/screens/pickup.py" line="42" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="43" />
        <source>picking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="44" />
        <source>ready for pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="45" />
        <source>collected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="46" />
        <source>partly collected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="47" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="48" />
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="55" />
        <source>Cancelled online while it was picked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="56" />
        <source>Also handed over at another till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="57" />
        <source>Handed over after it was cancelled online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="58" />
        <source>Handed over elsewhere before this cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="59" />
        <source>No longer listed at the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="20" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="22" />
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="23" />
        <source>%1 d</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PickupModel</name>
    <message>
        <location filename="../../ui/pickup_model.py" line="59" />
        <source>Nothing was lost. Try again; if it happens again, call support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pickup_model.py" line="89" />
        <source>Order %s is ready; the customer is told when the platform hears of it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <location filename="../../ui/screens/pickup.py" line="115" />
        <source>Scan an order or an item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="116" />
        <source>Scan the order's QR code or an item; or type an order code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="122" />
        <source>Pickup code, name or phone digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="123" />
        <source>Pickup code, customer's name or last 4 phone digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="126" />
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="139" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="140" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="141" />
        <source>Picking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="142" />
        <location filename="../../ui/screens/pickup.py" line="184" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="143" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="78" />
        <source>Online orders for pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="76" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="76" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="76" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="77" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="77" />
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="77" />
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="164" />
        <source>Pick list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="165" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="165" />
        <source>Barcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="165" />
        <source>Ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="165" />
        <source>Picked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="182" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="183" />
        <source>Seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="185" />
        <source>Hand over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="186" />
        <source>Cancel order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="187" />
        <location filename="../../ui/screens/pickup.py" line="308" />
        <source>Pick slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="188" />
        <source>Take payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="189" />
        <source>Sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="190" />
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="236" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="236" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="268" />
        <source>paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="268" />
        <source>to pay %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="270" />
        <source>(details removed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="271" />
        <source>ordered %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="273" />
        <source>phone …%s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="277" />
        <source>handed over at %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="282" />
        <source>demo: the customer's pickup code is %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="334" />
        <location filename="../../ui/screens/pickup.py" line="345" />
        <source>Open an order first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="334" />
        <location filename="../../ui/screens/pickup.py" line="345" />
        <source>Click it in the queue, or scan its code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="360" />
        <source>Order %s handed over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/pickup.py" line="366" />
        <source>Not approved; the order was not handed over.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="167" />
        <source>Another source for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="174" />
        <source>Source of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="176" />
        <source>Best by the rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="183" />
        <source>Reserve there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="185" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="45" />
        <source>Return or exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="52" />
        <source>Receipt number or QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="53" />
        <source>Scan the receipt's QR code or type its number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="57" />
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="66" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="66" />
        <source>Sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="66" />
        <source>Returnable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="66" />
        <source>Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="81" />
        <source>Add to sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="83" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="120" />
        <source>How many of %s come back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="127" />
        <source>One fewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="130" />
        <source>One more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="156" />
        <source>%1 of this were sold, %2 returned already: %3 can come back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="158" />
        <source>%1 of this were sold: no more can come back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="165" />
        <source>Find the receipt first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="170" />
        <source>Choose how many of which item come back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/widgets.py" line="19" />
        <source>cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="20" />
        <source>clerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="21" />
        <source>manager</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaleKeys</name>
    <message>
        <location filename="../../ui/screens/sale_keys.py" line="41" />
        <source>This sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale_keys.py" line="42" />
        <source>Shift and drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale_keys.py" line="43" />
        <source>Store</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <location filename="../../ui/screens/sale.py" line="67" />
        <source>Scan or search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="67" />
        <source>Scan a barcode, or type a SKU or a name and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="120" />
        <source>Items in this sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="137" />
        <location filename="../../ui/screens/sale.py" line="389" />
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="138" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="139" />
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="140" />
        <source>Park</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="141" />
        <source>Parked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="142" />
        <source>Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="143" />
        <source>Void line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="144" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="145" />
        <source>Pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="146" />
        <source>X report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="147" />
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="148" />
        <location filename="../../ui/screens/sale.py" line="405" />
        <source>Order discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="149" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="150" />
        <location filename="../../ui/screens/sale.py" line="457" />
        <source>Cash in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="151" />
        <location filename="../../ui/screens/sale.py" line="457" />
        <source>Cash out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="152" />
        <source>Void sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="153" />
        <source>Open shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="154" />
        <source>Close shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="155" />
        <location filename="../../ui/screens/sale.py" line="507" />
        <source>Reprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="156" />
        <source>No sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="157" />
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="158" />
        <source>Pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="159" />
        <source>Cloud shelf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="160" />
        <source>Shelf orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="161" />
        <source>Shared stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="281" />
        <source>Quick keys not in the catalog: %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="282" />
        <source>A manager fixes [till] quick_keys in config.toml.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="294" />
        <source>Sold out here: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="296" />
        <source>Only %2 in stock here: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="298" />
        <source>Ctrl+E sells it from the cloud shelf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="352" />
        <source>Nothing found for '%s'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="365" />
        <source>Select a line first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="365" />
        <source>Scan an item or click a line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="383" />
        <source>Till %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="390" />
        <source>New quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="399" />
        <source>Line discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="400" />
        <location filename="../../ui/screens/sale.py" line="406" />
        <source>Discount in percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="412" />
        <source>Note for this sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="413" />
        <source>Printed on the receipt (up to 500 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="423" />
        <source>New price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="424" />
        <source>Unit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="433" />
        <source>Not approved; the sale is as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="447" />
        <source>No parked sales.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="458" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="469" />
        <source>The sale has no items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="469" />
        <source>Scan an item first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="486" />
        <source>Receipt %s sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="491" />
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="498" />
        <source>Receipt %s: COPY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="501" />
        <source>Copy of %s queued for the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="503" />
        <source>No printer is set up: the copy of %s is shown only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="508" />
        <source>Receipt number, or scan its QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="511" />
        <source>Type a receipt number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="519" />
        <source>Open the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="520" />
        <source>Why does the drawer open without a sale?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="522" />
        <source>Type a reason, e.g. change for a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="563" />
        <source>Cloud-shelf order held at the platform: take the payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="566" />
        <source>Offline: the cloud-shelf order is sold to be confirmed when the sale reaches the platform.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sale.py" line="571" />
        <source>Cloud-shelf orders waiting for a refund or another source: %n (Ctrl+Shift+E).</source>
        <translation><numerusform>Cloud-shelf orders waiting for a refund or another source: %n (Ctrl+Shift+E).</numerusform><numerusform>Cloud-shelf orders waiting for a refund or another source: %n (Ctrl+Shift+E).</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="579" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="57" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shelf</name>
    <message>
        <location filename="../../ui/blocks.py" line="28" />
        <source>store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="29" />
        <source>warehouse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="36" />
        <source>Live from the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="39" />
        <source>No figures of other locations yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/blocks.py" line="41" />
        <source>Offline: figures as of %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="28" />
        <source>held, on its way to the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="29" />
        <source>to be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="30" />
        <source>confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="31" />
        <source>stock gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="32" />
        <source>shipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="33" />
        <source>delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="34" />
        <source>arrived, in the store's pickup queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="35" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="41" />
        <source>refunded (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShelfDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="56" />
        <source>Cloud shelf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="61" />
        <source>Style, SKU, barcode or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="62" />
        <source>Scan an item, or type a style code, a SKU or a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="66" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="76" />
        <source>Age of the figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="73" />
        <source>Sizes and colours: here, other stores, warehouse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="108" />
        <source>Where it comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="112" />
        <location filename="../../ui/dialogs/shelf.py" line="141" />
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="120" />
        <source>Add to order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="124" />
        <source>Items of the cloud-shelf order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="126" />
        <source>Remove item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="155" />
        <source>Delivery and payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="157" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="134" />
        <source>Replaces in this sale: %1 × %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="140" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="148" />
        <source>This order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="170" />
        <source>Scan an item, or type a style code, a SKU or a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="173" />
        <source>Asking the platform ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="195" />
        <source>Here %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="196" />
        <source>Stores %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="197" />
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
        <location filename="../../ui/dialogs/shelf.py" line="240" />
        <source>Choose a size and colour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="244" />
        <source>no price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="246" />
        <source>Best by the rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="247" />
        <source>%1 available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="266" />
        <source>Not enough at %1 on these figures: %2 available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="270" />
        <source>Chosen source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="277" />
        <source>Not enough at other locations on these figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="280" />
        <source>The rule would take it from: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="286" />
        <source>Choose a size and colour first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="309" />
        <source>best by the rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="315" />
        <source>Add an item to the order first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShelfOrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="344" />
        <source>Cloud-shelf order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="351" />
        <source>To the customer's home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="353" />
        <source>To a store, for pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="362" />
        <source>Store for pickup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="407" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="408" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="408" />
        <source>Mobile number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="409" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="410" />
        <source>Province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="410" />
        <source>State or region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="412" />
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="413" />
        <source>Street and number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="411" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="414" />
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="390" />
        <source>Add to sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="392" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="413" />
        <source>Street, building and room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="427" />
        <source>Home delivery needs a mobile number and the province, city, district and street.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="429" />
        <source>Home delivery needs a phone and the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf.py" line="425" />
        <source>The customer collects it with the pickup code printed on the receipt.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShelfOrdersDialog</name>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="52" />
        <source>Cloud-shelf orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="61" />
        <source>This store's cloud-shelf orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="59" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="59" />
        <source>Sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="59" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="60" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="60" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="60" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="72" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="73" />
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="74" />
        <source>Another source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="75" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/shelf_orders.py" line="91" />
        <source>%n order(s) paid but not coming: refund the customer or find another source.</source>
        <translation><numerusform>%n order paid but not coming: refund the customer or find another source.</numerusform><numerusform>%n orders paid but not coming: refund the customer or find another source.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="96" />
        <source>home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="113" />
        <source>No cloud-shelf orders yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="119" />
        <source>The customer's details wait here until the platform has them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="127" />
        <source>Choose an order first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="140" />
        <source>Only an order whose stock was gone needs another source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="144" />
        <source>Asking the platform ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shelf_orders.py" line="148" />
        <source>Order %1 is %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftCloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="30" />
        <source>Close shift: count the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="43" />
        <source>Count of %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="62" />
        <location filename="../../ui/dialogs/shift_close.py" line="107" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="90" />
        <source>Counted %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="94" />
        <source>Expected %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="95" />
        <source>Variance %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="115" />
        <source>Close the shift with this count? The Z report is final and cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="118" />
        <source>Close the shift with a variance of %s? The Z report is final and cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="122" />
        <source>Yes, close the shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="123" />
        <source>Back to the count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/shift_close.py" line="59" />
        <location filename="../../ui/dialogs/shift_close.py" line="106" />
        <source>Close shift</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="35" />
        <source>Quit the till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="37" />
        <source>A manager closes the till (Ctrl+Q); a cashier needs a manager's PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="43" />
        <source>Choose your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="50" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="92" />
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="82" />
        <source>Locked. Type your PIN to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="89" />
        <source>Choose your name first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="34" />
        <source>Shared stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="38" />
        <source>Style, SKU, barcode or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="39" />
        <source>Scan an item, or type a style code, a SKU or a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="43" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="49" />
        <source>Units available per location and variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="54" />
        <source>Low stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="67" />
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="68" />
        <source>Export low stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="69" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="88" />
        <source>Scan an item, or type a style code, a SKU or a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="91" />
        <location filename="../../ui/dialogs/stock.py" line="148" />
        <source>Asking the platform ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="105" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="119" />
        <source>Low stock (%1 or fewer available)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="125" />
        <source>%1 on hand, %2 held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="127" />
        <source>Last movement %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="132" />
        <source>Show a style first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="134" />
        <source>Export stock as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="138" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/stock.py" line="145" />
        <source>%1 rows written to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="87" />
        <source>Something went wrong: %s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="44" />
        <source>Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="57" />
        <source>Cash handed over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="60" />
        <location filename="../../ui/dialogs/tender.py" line="117" />
        <source>Cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="64" />
        <source>Card amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="69" />
        <location filename="../../ui/dialogs/tender.py" line="70" />
        <source>Card terminal reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="74" />
        <location filename="../../ui/dialogs/tender.py" line="117" />
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="81" />
        <source>Payments taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="94" />
        <source>Refund to original payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="96" />
        <source>Remove payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="98" />
        <source>Complete sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="100" />
        <source>Back to sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="124" />
        <source>To pay: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="126" />
        <source>To refund: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="128" />
        <source>Change: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="130" />
        <source>Refunded in full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="130" />
        <source>Paid in full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="134" />
        <source>change %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="153" />
        <source>Refunded in full: Enter or F10 completes the return.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="155" />
        <source>Paid in full: Enter or F10 completes the sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="157" />
        <source>%s still to pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="159" />
        <source>%s still to refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="161" />
        <source>The sale has no items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/tender.py" line="207" />
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
        <location filename="../../ui/till.py" line="112" />
        <source>The sale is kept. Try again; if it happens again, call support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="177" />
        <source>Cash movement recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="226" />
        <source>Sale parked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="305" />
        <source>Drawer opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="313" />
        <location filename="../../ui/till.py" line="323" />
        <source>TOTAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="323" />
        <source>CHANGE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="362" />
        <source>Device settings saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="408" />
        <source>Refund of %s added: pay it back (F10).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="24" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sale_panels.py" line="37" />
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="37" />
        <source>Subtotal %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="39" />
        <source>Discount %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="40" />
        <source>incl. tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="40" />
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="43" />
        <source>Rounding %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="45" />
        <source>Note: %s</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>