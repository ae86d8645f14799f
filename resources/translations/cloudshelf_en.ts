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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="34" />
        <source>Printer: not set up · Scanner: keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69" />
        <source>Open shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70" />
        <source>Count the float in the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77" />
        <source>No shift is open: open one to sell (Ctrl+Shift+O).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <source>Offline mode: not enrolled with the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="93" />
        <source>%n event(s) waiting</source>
        <translation><numerusform>%n event waiting</numerusform><numerusform>%n events waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="95" />
        <source>%n refused: call support</source>
        <translation><numerusform>%n refused: call support</numerusform><numerusform>%n refused: call support</numerusform></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/note.py" line="16" />
        <location filename="../../ui/dialogs/note.py" line="21" />
        <source>Note for this sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/note.py" line="18" />
        <source>Printed on the receipt (up to 500 characters)</source>
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
        <location filename="../../ui/dialogs/returns.py" line="39" />
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="48" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="48" />
        <source>Sold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="48" />
        <source>Returnable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="48" />
        <source>Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="55" />
        <source>Add to sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="57" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="84" />
        <source>Find the receipt first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/returns.py" line="89" />
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
        <location filename="../../ui/screens/sale.py" line="54" />
        <source>Scan or search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="55" />
        <source>Scan a barcode, or type a SKU or a name and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="63" />
        <source>Items in this sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="75" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="84" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="106" />
        <location filename="../../ui/screens/sale.py" line="293" />
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="107" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="108" />
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="109" />
        <source>Park</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="110" />
        <source>Parked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="111" />
        <source>Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="112" />
        <source>Void line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="113" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="114" />
        <source>Pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="115" />
        <source>X report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="116" />
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="117" />
        <location filename="../../ui/screens/sale.py" line="304" />
        <source>Order discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="118" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="119" />
        <location filename="../../ui/screens/sale.py" line="346" />
        <source>Cash in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="120" />
        <location filename="../../ui/screens/sale.py" line="346" />
        <source>Cash out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="121" />
        <source>Void sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="122" />
        <source>Open shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="123" />
        <source>Close shift</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/sale.py" line="182" />
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="182" />
        <source>Subtotal %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="184" />
        <source>Discount %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="185" />
        <source>incl. tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="185" />
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="188" />
        <source>Rounding %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="190" />
        <source>Note: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="210" />
        <source>Quick keys not in the catalog: %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="211" />
        <source>A manager fixes [till] quick_keys in config.toml.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="267" />
        <source>Nothing found for '%s'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="288" />
        <source>Select a line first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="288" />
        <source>Scan an item or click a line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="293" />
        <source>New quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="299" />
        <source>Line discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="299" />
        <location filename="../../ui/screens/sale.py" line="304" />
        <source>Discount in percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="315" />
        <source>New price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="315" />
        <source>Unit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="325" />
        <source>Not approved; the sale is as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="336" />
        <source>No parked sales.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="347" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="359" />
        <source>The sale has no items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="359" />
        <source>Scan an item first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="369" />
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sale.py" line="376" />
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
        <location filename="../../ui/till.py" line="86" />
        <source>Something went wrong: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="87" />
        <source>The sale is kept. Try again; if it happens again, call support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="127" />
        <source>Cash movement recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/till.py" line="167" />
        <source>Sale parked.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>