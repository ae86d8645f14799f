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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="37" />
        <source>Device status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74" />
        <source>Open shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>Count the float in the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>No shift is open: open one to sell (Ctrl+Shift+O).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>Offline mode: not enrolled with the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="98" />
        <source>%n event(s) waiting</source>
        <translation><numerusform>%n event waiting</numerusform><numerusform>%n events waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="100" />
        <source>%n refused: call support</source>
        <translation><numerusform>%n refused: call support</numerusform><numerusform>%n refused: call support</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <source>Sign in first, then scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>not set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>out of paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>paper low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>Printer: %s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="123" />
        <source>%n receipt(s) waiting</source>
        <translation><numerusform>%n receipt waiting</numerusform><numerusform>%n receipts waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>Scanner: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
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
        <location filename="../../ui/screens/sale.py" line="55" />
        <source>Scan or search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="56" />
        <source>Scan a barcode, or type a SKU or a name and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="65" />
        <source>Items in this sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="77" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="86" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="108" />
        <location filename="../../ui/screens/sale.py" line="300" />
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="109" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="110" />
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="111" />
        <source>Park</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="112" />
        <source>Parked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="113" />
        <source>Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="114" />
        <source>Void line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="115" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="116" />
        <source>Pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="117" />
        <source>X report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="118" />
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="119" />
        <location filename="../../ui/screens/sale.py" line="311" />
        <source>Order discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="120" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="121" />
        <location filename="../../ui/screens/sale.py" line="359" />
        <source>Cash in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="122" />
        <location filename="../../ui/screens/sale.py" line="359" />
        <source>Cash out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="123" />
        <source>Void sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="124" />
        <source>Open shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="125" />
        <source>Close shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="126" />
        <location filename="../../ui/screens/sale.py" line="396" />
        <source>Reprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="127" />
        <source>No sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="128" />
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sale.py" line="189" />
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="189" />
        <source>Subtotal %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="191" />
        <source>Discount %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="192" />
        <source>incl. tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="192" />
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="195" />
        <source>Rounding %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="197" />
        <source>Note: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="217" />
        <source>Quick keys not in the catalog: %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="218" />
        <source>A manager fixes [till] quick_keys in config.toml.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="274" />
        <source>Nothing found for '%s'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="295" />
        <source>Select a line first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="295" />
        <source>Scan an item or click a line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="300" />
        <source>New quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="306" />
        <source>Line discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="306" />
        <location filename="../../ui/screens/sale.py" line="311" />
        <source>Discount in percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="317" />
        <source>Note for this sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="318" />
        <source>Printed on the receipt (up to 500 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="328" />
        <source>New price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="328" />
        <source>Unit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="338" />
        <source>Not approved; the sale is as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="349" />
        <source>No parked sales.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="360" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="372" />
        <source>The sale has no items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="372" />
        <source>Scan an item first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="389" />
        <source>Receipt %s sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="392" />
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="397" />
        <source>Receipt number, or scan its QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="400" />
        <source>Type a receipt number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="408" />
        <source>Open the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="409" />
        <source>Why does the drawer open without a sale?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="411" />
        <source>Type a reason, e.g. change for a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="426" />
        <source>Report</source>
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
        <location filename="../../ui/till.py" line="92" />
        <source>Something went wrong: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="93" />
        <source>The sale is kept. Try again; if it happens again, call support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="146" />
        <source>Cash movement recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="186" />
        <source>Sale parked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="254" />
        <source>Copy of %s sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="265" />
        <source>Drawer opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="272" />
        <source>TOTAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="305" />
        <source>Device settings saved.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>