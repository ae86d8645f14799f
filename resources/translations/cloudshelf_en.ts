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
        <location filename="../../ui/cart_model.py" line="96" />
        <source>sold out here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="102" />
        <source>home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="103" />
        <source>held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="103" />
        <source>to be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cart_model.py" line="104" />
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
        <location filename="../../ui/main_window.py" line="91" />
        <source>Device status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Quit the till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>Open shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>Till %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>Count the float in the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>No shift is open: open one to sell (Ctrl+Shift+O).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>Offline mode: not enrolled with the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>last synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>The disk is full: nothing new can be saved (the sale on screen is kept)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="223" />
        <source>%n event(s) waiting</source>
        <translation><numerusform>%n event waiting</numerusform><numerusform>%n events waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="225" />
        <source>%n refused: call support</source>
        <translation><numerusform>%n refused: call support</numerusform><numerusform>%n refused: call support</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>sync restarted after an error at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>prices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Syncing the %1: %2 so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Syncing the %1: %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>%1 a second</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="253" />
        <source>%n second(s) left</source>
        <translation><numerusform>%n second left</numerusform><numerusform>%n seconds left</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="255" />
        <source>about %n minute(s) left</source>
        <translation><numerusform>about %n minute left</numerusform><numerusform>about %n minutes left</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>Sign in first, then scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>not set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274" />
        <source>out of paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275" />
        <source>paper low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>Printer: %s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="280" />
        <source>%n receipt(s) waiting</source>
        <translation><numerusform>%n receipt waiting</numerusform><numerusform>%n receipts waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282" />
        <source>keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284" />
        <source>not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>Scanner: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
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
        <location filename="../../ui/dialogs/parked.py" line="33" />
        <source>Parked sales (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="39" />
        <source>Parked sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="40" />
        <source>Parked at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="40" />
        <source>Cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="40" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="40" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="40" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/parked.py" line="53" />
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="55" />
        <source>(no label)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="71" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="92" />
        <source>Park the sale: %1 item(s), %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="95" />
        <source>Label (optional), e.g. the customer's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/parked.py" line="68" />
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
        <location filename="../../ui/pickup_model.py" line="64" />
        <source>Nothing was lost. Try again; if it happens again, call support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pickup_model.py" line="94" />
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
        <location filename="../../ui/screens/sale.py" line="391" />
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
        <location filename="../../ui/screens/sale.py" line="407" />
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
        <location filename="../../ui/screens/sale.py" line="459" />
        <source>Cash in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="151" />
        <location filename="../../ui/screens/sale.py" line="459" />
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
        <location filename="../../ui/screens/sale.py" line="509" />
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
        <location filename="../../ui/screens/sale.py" line="283" />
        <source>Quick keys not in the catalog: %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="284" />
        <source>A manager fixes [till] quick_keys in config.toml.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="296" />
        <source>Sold out here: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="298" />
        <source>Only %2 in stock here: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="300" />
        <source>Ctrl+E sells it from the cloud shelf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="354" />
        <source>Nothing found for '%s'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="367" />
        <source>Select a line first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="367" />
        <source>Scan an item or click a line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="385" />
        <source>Till %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="392" />
        <source>New quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="401" />
        <source>Line discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="402" />
        <location filename="../../ui/screens/sale.py" line="408" />
        <source>Discount in percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="414" />
        <source>Note for this sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="415" />
        <source>Printed on the receipt (up to 500 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="425" />
        <source>New price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="426" />
        <source>Unit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="435" />
        <source>Not approved; the sale is as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="449" />
        <source>No parked sales.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="460" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="471" />
        <source>The sale has no items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="471" />
        <source>Scan an item first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="488" />
        <source>Receipt %s sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="493" />
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="500" />
        <source>Receipt %s: COPY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="503" />
        <source>Copy of %s queued for the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="505" />
        <source>No printer is set up: the copy of %s is shown only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="510" />
        <source>Receipt number, or scan its QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="513" />
        <source>Type a receipt number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="521" />
        <source>Open the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="522" />
        <source>Why does the drawer open without a sale?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="524" />
        <source>Type a reason, e.g. change for a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="565" />
        <source>Cloud-shelf order held at the platform: take the payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="568" />
        <source>Offline: the cloud-shelf order is sold to be confirmed when the sale reaches the platform.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sale.py" line="573" />
        <source>Cloud-shelf orders waiting for a refund or another source: %n (Ctrl+Shift+E).</source>
        <translation><numerusform>Cloud-shelf orders waiting for a refund or another source: %n (Ctrl+Shift+E).</numerusform><numerusform>Cloud-shelf orders waiting for a refund or another source: %n (Ctrl+Shift+E).</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="581" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="59" />
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
        <location filename="../../ui/till.py" line="130" />
        <source>The sale is kept. Try again; if it happens again, call support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="195" />
        <source>Cash movement recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="239" />
        <source>Sale parked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="321" />
        <source>Drawer opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="329" />
        <location filename="../../ui/till.py" line="339" />
        <source>TOTAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="339" />
        <source>CHANGE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="378" />
        <source>Device settings saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="424" />
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
        <location filename="../../ui/screens/sale_panels.py" line="39" />
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="39" />
        <source>Subtotal %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="41" />
        <source>Discount %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="42" />
        <source>incl. tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="42" />
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="45" />
        <source>Rounding %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale_panels.py" line="47" />
        <source>Note: %s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>'{0}' has a wrong check digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' has a wrong price or weight check digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' has more than {1} decimal places for {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' has {1} digits; a barcode has 8, 12, 13 or 14.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' has {1} digits; an EAN-8 has 8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not a GS1 code the till can read ({1}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not a UPC-E code (a wrong check digit?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not a barcode or item code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not a delivery; use home or store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not a locale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not a percentage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not a role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not a server address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not a time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not a usable login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not an EAN or UPC code (those are digits only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not an EAN or UPC code with an add-on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not an ISO 4217 currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not an amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not an order code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not between 0 and 100%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is too large an amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' weighs nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A card cannot give change; take the rest in cash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A card payment needs the card terminal's reference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cloud-shelf line keeps the units the platform holds for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cloud-shelf order has 1 to {0} lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cloud-shelf order has at most {0} lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cloud-shelf order may hold at most {0} units; this one asks for {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A discount cannot be more than 100%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A discount of {0}% needs a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A hold id is a UUID made by the till.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A line of online order {0} keeps the order's price and quantity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mobile number in China has 11 digits and starts with 1, e.g. 138 0013 8000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new sale is started here: scan the next item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new sale is started here; resume the parked one (F6) to go on with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quantity is a whole number from 1 to {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A return without a receipt needs a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A returned line keeps the price it was sold at.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sale with payments cannot be parked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A shift is already open on this terminal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A shop key cannot push or pull a terminal's data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A user '{0}' already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add --reset to build the '{0}' demo there, or give another --data-dir.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add it with 'cloudshelf central location add'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add returned items first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding a user needs a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All {0} of {1} are already picked for {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An online order in the sale keeps the price it was ordered at.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another sale is on screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another source needs the platform: try again when online, or refund.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask a manager for a new code ('cloudshelf central enrol-code').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask a manager to approve with their PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask a manager to enter their PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask a manager to set its price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask a manager, or sign in as one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask a manager, or wait and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask by exactly one of style, sku or barcode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask head office to add the person in the console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the customer again, or for the QR code of the order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the customer and fill in their details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the customer for the code in their order confirmation, or for its QR code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the customer for them again and pass them to head office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Build it again with 'cloudshelf demo --reset'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Build the demo again with 'cloudshelf demo --reset'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change a returned line by voiding it and adding it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing a price needs a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check its cable and power, then try again; open it with the key meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check its cable and power; the till goes on without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that it is on and the URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that it is on, has paper and is plugged in, and that the URL is right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the code, search for the item by name, or set it aside for a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the code. A new order may take a minute to arrive while the till is online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the code; the catalog may be syncing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the file name and its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the login with 'cloudshelf user list'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the number of digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the number on the receipt, or scan its QR code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the order with 'cloudshelf central shelf show'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the port and scan a barcode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the receipt number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the server address ('cloudshelf sync status'); the events wait and nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the server address, or configure the platform's CA certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check your PIN; {0} attempt(s) left before lockout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check your login and PIN and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a listed location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a size and colour in the matrix first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a source from the list, or the rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a store from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a {0} like S01.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another source or fewer units, or let the rule choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another source, or refund the customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close it with a Z report first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud-shelf order {0} is refunded whole: return every unit of every line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete it, or remove the payments first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete or cancel the sales waiting for cloud-shelf holds first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete or void them before closing the shift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete the sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the customer's details at the till.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count the drawer again and type the total.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count the drawer and type the amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount lines instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawer kicked ({0}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each line of an order has its own line number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrol it first: cloudshelf enrol.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrol the terminal again with a new code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrol the terminal again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrol the terminal with 'cloudshelf enrol'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrol this terminal again with a new code (cloudshelf enrol); its waiting sales are sent then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolment failed: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the shared stock needs a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix display.protocol in config.toml.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix it in {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix log.level in {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix pickup.{0} in {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix printer.width in config.toml.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix receipt.width in {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix that line, or delete the file to use the defaults.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix the quantities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix them in config.toml.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix these rows and import the whole file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix till.quick_keys in {0}, e.g. quick_keys = ["BAG-L", "6901234567892"].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix {0}.{1} in {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example 100 or 12.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free space on that disk (empty the recycle bin, delete old downloads, logs or installers), then try again. Do not delete or move the store files (store.db, store.db-wal): they hold sales not yet sent. The sale on screen is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a discount as a percentage or as an amount, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a value in its range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give at least one item, or cancel the order with a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give it as https://HOST[:PORT].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the customer's phone or email, to tell them when it arrives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the path of a PEM file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand it over at the pickup screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand it over, or open another order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handing over without the pickup code needs a manager to check the customer's ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head office revoked the sign-in or took the person off this store; sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home delivery needs the customer's mobile number, province, city, district and street.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home delivery needs the customer's {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install the newer version of CloudShelf POS on this terminal; keep this store file as it is (it holds sales not yet sent).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is retried later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is retried later; the events wait and nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is retried later; the events wait.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard scanner: scan any barcode into the till; it is told apart from typing by its speed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the amount empty to refund all of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List them with 'cloudshelf devices queue'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lower the quantity; the rest was returned already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a new hold id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most pole displays have 20.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the dead letters to send again, or pass --all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cash drawer is set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No closed shift with that Z number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No customer display is set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dead letter {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No item with the code {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No printer is set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No receipt {0} on this terminal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scan came from {0} in {1} s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shift is open on this terminal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No terminal store in {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No user '{0}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No waiting print job {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough stock at {0} for: {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough stock for: {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the catalog: {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in the catalog is called {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in the catalog matches {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is to be refunded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing more to do for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to hand over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was applied from it; it is fetched again later. If it persists, call support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number them 1, 2, ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offer another store or fewer units.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One of: {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a manager may do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the selling store's tills change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only {0} of {1} x {2} can still be returned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a shift with the drawer's float first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the drawer needs a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} closed on {1}; its details were removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} goes to store {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} goes to the customer's home.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} has nothing coming from {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is already in this sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is already paid now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is already paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is already picked and ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is already ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is cancelled now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is expired now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is for pickup at {1}, not at this store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is not paid yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is not ready yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is {1}: it needs no other source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is {1}: its goods are on their way or delivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is {1}: nothing to ship.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} is {1}; goods may have left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} needs a second factor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} was already handed over at {1} on {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} was already handed over at {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} was already handed over on {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} was already handed over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} was cancelled{1}: nothing to {2}. Put any picked items back on the shelf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} was expired{1}: nothing to {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} was refunded already ({1}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} was sold at another till.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0} was sold at {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {0}: no shipment{1} is {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Park or complete it before resuming one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass --login LOGIN (and --pin).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass --login LOGIN (and the PIN).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass --manager LOGIN (and the manager's PIN).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass it with the option, or set {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay out exactly the refund in cash ({0}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments were already taken for this sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments were taken for this sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a line from the current sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a line of the receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a payment from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick another login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick it and mark it ready first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picking and handing over online orders is for a pickup clerk or a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point it at a PNG, or remove the key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put it back and scan an item of the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put this one back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quitting the till needs a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read {0}: {1} {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read {0}: {1} {2} (symbology identifier ]{3}: {4}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record its arrival there: 'cloudshelf central shelf arrive'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record its delivery: 'cloudshelf central shelf deliver'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund it there (receipt {0}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund the customer instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund the rest in cash or to the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund the rest in cash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund to a payment of the original sale, or in cash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove or refund the payments before voiding it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the payments to change items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return at least one unit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ring its items up again; the damaged copy is kept for support ('cloudshelf doctor').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'cloudshelf doctor' and call support. Keep the store file as it is: do not replace it with a backup or delete it, it holds sales not yet sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'cloudshelf enrol --server URL --code CODE' with a code from a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'cloudshelf enrol --server URL --code CODE'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'cloudshelf init' (or 'cloudshelf demo') first, or pass the right --data-dir.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'cloudshelf init' for this data directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'cloudshelf report z' without a number for the last one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'cloudshelf sync status' for the dead letters' numbers and ids.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales keep working offline; they are sent when the network is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save it as UTF-8, or delete it to use the defaults.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why cash goes in or out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the drawer opens without a sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan an item first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan an item, or type a style code, a SKU or a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan it again, or type the code printed under the bars.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan the QR code of the order, or type its code (like S01-7KQ2MX).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan the item's barcode, or search for it by name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan the item's own barcode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan the item, or type its style code or SKU.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan the main barcode, the long one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan the receipt of the original sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan the rest; if they cannot be found, cancel the order with a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search for it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See 'cloudshelf sync status'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell it from the figures shown (to be confirmed), or wait before holding it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell it over the counter: scan the item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the customer to that store, or check the code with them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serial scanner {0}: {1}; {2} scans read since start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the printer (the drawer plugs into it) or a drawer port in Devices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set {0} to e.g. gb18030 or cp437.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set {0} to one of: usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=9600, tcp://192.168.1.50:9100, file:///dev/usb/lp0, cups://QUEUE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with your PIN first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something between the till and the platform refused the call ({0}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split it into two orders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split the order, or ask head office to raise the limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take at least {0} in cash, or exactly {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take it off the shelf; do not sell it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the goods back as a return when the customer brings them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the payment at the till first ('Take payment'), then hand over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the rest in cash or by card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax mode is 'inclusive' or 'exclusive'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax rounding is 'line' or 'receipt'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terminals use their own token ('cloudshelf enrol').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test lines shown on {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test page sent to {0} (status: {1}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That GS1 code names no item (no GTIN in it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That hold id belongs to another till.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That item is no longer in the catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That line is no longer in the sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That line is not on this receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That parked sale cannot be read back: its saved copy is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That parked sale is gone (resumed elsewhere or voided).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That payment is not in this sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That payment is not on a returned receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That stock is here in the store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That was only the small add-on code beside the barcode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA certificate {0} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer did not come from the platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card amount has the wrong sign for this sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card amount is more than what is left to pay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cash drawer on {0} did not answer ({1}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cash rounding increment is at least 1 minor unit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cloud-shelf order has no items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer display on {0} did not answer ({1}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer's details kept on this till for the order cannot be read back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer's email address is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer's name is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer's phone number has fewer than 4 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer's {0} is longer than {1} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo platform did not start: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo platform refused 'central {0}': {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The discount is more than the price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The discount limit is a percentage between 0 and 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk that holds this till's store ({0}) is full: what you just did was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drawer did not open in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drawer did not open: the printer is {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drawer opens through the printer: switch it on and check its cable, or use the drawer's key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feed cursor expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The item number in '{0}' has a wrong check digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The opening float cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The payments are short of the total by {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pickup code must come as its Argon2 hash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pickup code, name or phone digits do not match order {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform already holds an event numbered {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform answered none of the events sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform cannot be reached: it did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform cannot be reached: no connection (the network is down or the platform is stopped).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform cannot be reached: the network failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform expects event {0}, but this terminal is at {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform is busy ({0}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform refused the request ({0}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform refused the terminal's token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform refuses every event ({0}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform sent a malformed page of the {0} feed ({1}: {2}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform sent an answer that is not JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's TLS certificate is not trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform's answer has no results.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer did not print: {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer's encoding {0} has no {1}: {2} text(s) would print '?' in their place: {3}. Set the encoding to gb18030, which has every character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The refund is more than that payment took.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sale has no items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scan was empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scanner sent unreadable characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stock shared across stores is for a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store {0} cannot be read ({1}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The terminal's token has expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The terminal's token is not known here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The terminal's token was revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The till sends it with the sale; try again after the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {0} '{1}' has seconds or a time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {0} '{1}' is not 1-8 capital letters or digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {0} '{1}' is not a date and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no cloud-shelf order {0} here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no cloud-shelf order {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no location {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no order {0} for this store here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no sale on screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no sale to park.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no setting {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no store {0} to deliver to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no store {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no style {0} here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such cloud-shelf order (yet).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They wait and go with the next sync: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This call needs the terminal's bearer token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This data directory already holds a terminal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This enrolment code is unknown, used or expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item expired on {0} (batch {1}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This sale was completed in another window of this till (receipt {0}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This sale was parked in another window of this till.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This sale was voided in another window of this till.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This store file does not match the platform's record: call support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This store file has no terminal set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This store was written by a newer CloudShelf (schema {0}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This store's staff are managed at head office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This terminal is not enrolled with a platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This terminal is not enrolled with the platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This terminal is not enrolled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This terminal is {0}-{1}; the code is for {2}-{3}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This till held {0} {1} times in the last hour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This till holds {0} units already; a till may hold at most {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This till is not enrolled with the platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many attempts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many failed order look-ups at this till.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many wrong PINs: {0} is locked for {1} min.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again in {0} min, or ask a manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again in {0} min. Ask the customer for the QR code or the pickup code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again, or use the drawer's key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a number like 10 or 12.5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a percentage up to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a positive percentage or amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a reason, e.g. 'bank drop'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a reason, e.g. 'change for a note'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a reason, e.g. 'item damaged'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a smaller amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a word of the item's name, a SKU or a barcode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type an amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type digits with an optional decimal point, e.g. 12.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type how many of each note and coin are in the drawer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type how many units come back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type its port, e.g. serial:///dev/ttyUSB1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the amount taken or refunded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the amount you put in or take out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the cash the customer handed over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the customer's pickup code, their name, or the last 4 digits of their phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the new unit price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the number of units.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the printer's URL, e.g. tcp://192.168.1.50:9100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the reference printed on its slip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown login or wrong PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use 'default', or your model's profile (e.g. TM-T88V); 'cloudshelf devices list' shows the setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use 02 or 20 to 29.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use 1 for no rounding, 5 or 10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use 9600 (most scanners) or 115200.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use Refund in the cloud-shelf orders list (Ctrl+Shift+E).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a code for this terminal, or another --data-dir.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a code like CNY, USD or EUR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a locale like zh_CN or en_US.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a name like Asia/Shanghai.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use another --data-dir, or keep this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use at most {0} decimal places.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use letters, digits, '.' or '_', up to 40.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use one of {0}, and add [barcodes.templates] for your scales.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use one of: {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void it (F8) and add it again from the cloud shelf (Ctrl+E).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void it (F8) to take the order out of the sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void its lines (F8) and complete the sale without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void the returned line and add it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait {0} s and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weigh the item again and print a new label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write it as 2026-12-10 or 2026-12-10 09:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write kind:pattern, e.g. price:PPPPPPPVVVVV or weight:PPPPPPPCVVVV (12 of P, C, V).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the USB ids in hex, e.g. 05e0:1200.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the store's local time to the minute, e.g. 2026-12-10 09:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong pickup code for order {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>barcodes.region = {0} has no built-in templates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>barcodes.templates.{0} must be text like 'price:PPPPPPPVVVVV'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>display.protocol must be escpos or cd5220.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>display.width must be 8 to 40 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. ?style=ST0000001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hand over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>make ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not enrolled with the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pay for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>printer.logo: {0} is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>printer.profile = {0} is not a python-escpos printer profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>printer.retry_max_seconds must be between 0.05 and 600.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>printer.width must be 32, 42 or 48 columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scanner.baudrate is not a serial speed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scanner.usb = {0} is not VID:PID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scanner.wedge_gap_ms must be 5 to 200 and wedge_min_length 1 to 40.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the platform's answer could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} ({1}) is not in order {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} = {1} is not a device URL this till knows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} = {1} is not a text encoding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} = {1} names no CUPS queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} = {1} names no device.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} = {1} needs a host and a port, e.g. tcp://192.168.1.50:9100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} = {1} needs the USB vendor and product id as VID:PID in hex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} already holds a terminal store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} anywhere ({1} of {2} free)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} at {1} ({2} of {3} free)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} has no price in this store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} has no price per kg here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} holds the store {1}, not the '{2}' demo's store {3}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} is a return receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} is due in cash after rounding; {1} is short of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} is from {1} to {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} is locked after too many wrong PINs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} is not UTF-8 text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} is not valid TOML: {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} is still to be refunded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} item(s) of order {1} are not picked yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} may no longer work at this till.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} may not approve this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} must be 2 or 5 (the drawer connector's pin).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} sale(s) are still open or parked in this shift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} was returned meanwhile; only {1} can still be returned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}.{1} = {2} is not a template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: a quantity is a whole number from 1 to {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: baudrate must be a number, not {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: cloud_shelf.low_stock must be 0 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: hand over 0 to {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: log.level must be one of {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: pickup.{1} must be 1 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: receipt.width must be 32, 42 or 48.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: till.quick_keys must be a list of barcodes or SKUs in quotes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: {1} is not a variable-measure prefix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: {1} problem(s); nothing was imported.
{2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: {1}.{2} must be a {3}, not {4}.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>