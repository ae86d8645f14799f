"""The cloud shelf: a style's size and colour matrix (here, other stores, warehouse, with the age of
the figures), the cashier's choice of cells, sources and quantities, and the order dialog with the
delivery and the customer's details. The order joins the sale through the view model; no rule is
decided here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.shelf import Cell, Matrix, ShelfItem, ShelfRequest
from core import allocation
from sync.protocol import shelf as sp
from ui.blocks import FiguresBlock, kind_name
from ui.sale_view import LineView
from ui.till import Till
from ui.widgets import TOUCH, button, message_label, scan_field

HERE = QColor("#cdebd8")  # here: sell it over the counter
ELSEWHERE = QColor("#fff1c2")  # not here, but at another location: the cloud shelf
NOWHERE = QColor("#eceef1")
TIP_PLACES = 8  # locations named in a cell's tooltip


class ShelfDialog(QDialog):
    """Rows are sizes, columns colours; each cell says what is here, at other stores, at the warehouse."""

    def __init__(
        self, till: Till, key: str = "", parent: QWidget | None = None, replaces: LineView | None = None
    ) -> None:
        super().__init__(parent)
        self.till = till
        self.replaces = replaces  # the sale line the order takes the place of (opened on a line), or None
        self.matrix: Matrix | None = None
        self.basket: list[tuple[Cell, int, str]] = []  # (cell, qty, source)
        self.setObjectName("shelf_dialog")
        self.setWindowTitle(self.tr("Cloud shelf"))
        self.setMinimumSize(1100, 640)

        self.search = scan_field(
            "shelf_search_field",
            self.tr("Style, SKU, barcode or name"),
            self.tr("Scan an item, or type a style code, a SKU or a name"),
            key,
        )
        self.search.returnPressed.connect(self.load)
        show = button(self.tr("Show"), "shelf_show_button", shortcut="F3")
        show.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(show)

        self.figures = FiguresBlock(  # three lines a cell: here, stores, warehouse
            "shelf", "shelf_matrix", self.tr("Sizes and colours: here, other stores, warehouse"), TOUCH + 20
        )
        self.title, self.age, self.table = self.figures.title, self.figures.age, self.figures.table
        self.age.setAccessibleName(self.tr("Age of the figures"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # arrows move in the matrix; Tab goes on to the source and units
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_a: self._chosen())
        self.table.cellDoubleClicked.connect(lambda *_a: self.add_item())

        side = self._build_side(replaces)
        middle = QHBoxLayout()
        middle.addLayout(self.figures.layout, 3)
        middle.addLayout(side, 2)
        bottom = self._build_bottom()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)

        till.shelf_matrix_ready.connect(self.show_matrix)
        till.error.connect(self.show_error)
        till.shelf_added.connect(self._added)
        self._refresh_basket()
        if key.strip():
            self.load()
        self.search.setFocus()

    def _build_side(self, replaces: LineView | None) -> QVBoxLayout:
        """Beside the matrix: the cell chosen, where from and how many, the rule's hint, and the order so far."""
        self.cell_label = QLabel()
        self.cell_label.setObjectName("shelf_cell_label")
        self.cell_label.setWordWrap(True)
        self.source = QComboBox()
        self.source.setObjectName("shelf_source_choice")
        self.source.setAccessibleName(self.tr("Where it comes from"))
        self.source.setMinimumHeight(TOUCH)
        self.qty = QSpinBox()
        self.qty.setObjectName("shelf_qty")
        self.qty.setAccessibleName(self.tr("Units"))
        self.qty.setRange(1, sp.MAX_QTY)
        self.qty.setMinimumHeight(TOUCH)
        self.qty.valueChanged.connect(lambda _v: self._rule_preview())
        self.source.currentIndexChanged.connect(lambda _i: self._rule_preview())
        self.rule = QLabel()
        self.rule.setObjectName("shelf_rule_label")
        self.rule.setWordWrap(True)
        add = button(self.tr("Add to order"), "shelf_add_item_button", shortcut="F2")
        add.clicked.connect(self.add_item)
        self.basket_list = QListWidget()
        self.basket_list.setObjectName("shelf_basket")
        self.basket_list.setAccessibleName(self.tr("Items of the cloud-shelf order"))
        self.basket_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove = button(self.tr("Remove item"), "shelf_remove_item_button", shortcut="F8")
        remove.clicked.connect(self.remove_item)
        self.replacing = QLabel()
        self.replacing.setObjectName("shelf_replaces_label")
        self.replacing.setWordWrap(True)
        if replaces is not None:
            self.qty.setValue(min(max(replaces.qty, 1), sp.MAX_QTY))  # the same quantity as the line
            self.replacing.setText(
                self.tr("Replaces in this sale: %1 × %2").replace("%1", str(replaces.qty))
                .replace("%2", replaces.description)
            )  # fmt: skip
        self.replacing.setVisible(replaces is not None)

        form = QFormLayout()
        form.addRow(self.tr("From"), self.source)
        form.addRow(self.tr("Units"), self.qty)
        side = QVBoxLayout()
        side.addWidget(self.replacing)
        side.addWidget(self.cell_label)
        side.addLayout(form)
        side.addWidget(self.rule)
        side.addWidget(add)
        side.addWidget(QLabel(self.tr("This order")))
        side.addWidget(self.basket_list, 1)
        side.addWidget(remove)
        return side

    def _build_bottom(self) -> QHBoxLayout:
        """The message bar, then the way on to delivery and payment, and Close."""
        self.order_button = button(self.tr("Delivery and payment"), "shelf_delivery_button", shortcut="F10")
        self.order_button.clicked.connect(self.order)
        close = button(self.tr("Close"), "shelf_close_button")
        close.clicked.connect(self.reject)
        self.error = message_label("shelf_error")
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.order_button)
        bottom.addWidget(close)
        return bottom

    # ---------------------------------------------------------------- loading and showing
    def load(self) -> None:
        key = self.search.text().strip()
        if not key:
            self.show_error(self.tr("Scan an item, or type a style code, a SKU or a name."), "")
            return
        self.error.clear()
        self.age.setText(self.tr("Asking the platform ..."))
        self.till.shelf_matrix(key)

    def show_matrix(self, m: Matrix) -> None:
        self.matrix = m  # the order may hold cells of several styles: the basket stays
        self.figures.show_style(m)
        self.age.setProperty("kind", "notice" if m.live else "error")
        self.age.style().polish(self.age)
        self.table.clear()
        self.table.setRowCount(len(m.sizes))
        self.table.setColumnCount(len(m.colours))
        self.table.setVerticalHeaderLabels(list(m.sizes))
        self.table.setHorizontalHeaderLabels(list(m.colours))
        first = focus = None
        for r, size in enumerate(m.sizes):
            for c, colour in enumerate(m.colours):
                cell = m.cell(size, colour)
                item = QTableWidgetItem()
                if cell is None:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setBackground(NOWHERE)
                else:
                    here = self.tr("Here %1").replace("%1", str(cell.here))
                    stores = self.tr("Stores %1").replace("%1", str(cell.stores))
                    warehouse = self.tr("Warehouse %1").replace("%1", str(cell.warehouse))
                    item.setText(f"{here}\n{stores}\n{warehouse}")
                    item.setBackground(HERE if cell.here_available else ELSEWHERE if cell.elsewhere else NOWHERE)
                    item.setData(Qt.ItemDataRole.UserRole, (size, colour))
                    item.setToolTip(self._places_text(cell))
                    if first is None and not cell.here_available and cell.elsewhere:
                        first = (r, c)
                    if cell.sku == m.focus:
                        focus = (r, c)
                self.table.setItem(r, c, item)
        self.table.setCurrentCell(*(focus or first or (0, 0)))  # the scanned variant, else the first to order
        self.table.setFocus()
        self._chosen()

    def _places_text(self, cell: Cell) -> str:
        """The first locations the rule would take it from, with what they have free."""
        held = self.tr("%1 held")
        free = [row for row in cell.rows if row[5] > row[6]][:TIP_PLACES]
        lines = [
            f"{code} {name} ({kind_name(kind)}): {on_hand - units}"
            + (f" ({held.replace('%1', str(units))})" if units else "")
            for _rank, code, name, kind, _region, on_hand, units, _moved in free
        ]
        more = sum(1 for row in cell.rows if row[5] > row[6]) - len(free)
        if more > 0:
            lines.append(self.tr("and %1 more").replace("%1", str(more)))
        return "\n".join(lines)

    def current(self) -> Cell | None:
        item = self.table.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return self.matrix.cell(*key) if key and self.matrix else None

    def _chosen(self) -> None:
        """Every field follows the cell now chosen: its name, its sources (the one chosen stays chosen
        where this cell has it too), the rule's hint; an earlier refusal goes."""
        cell = self.current()
        kept = self.source.currentData()
        self.error.clear()
        self.source.blockSignals(True)  # one hint, once the list is whole
        self.source.clear()
        if cell is None:
            self.source.blockSignals(False)
            self.cell_label.setText(self.tr("Choose a size and colour."))
            self.rule.clear()
            return
        money = self.till.money
        price = money(cell.price) if cell.price is not None else self.tr("no price")
        self.cell_label.setText(f"{cell.sku} · {cell.colour} {cell.size} · {price}")
        self.source.addItem(self.tr("Best by the rule"), sp.AUTO)
        available = self.tr("%1 available")
        for pl in cell.places:
            if pl.available:
                text = f"{pl.code} {pl.name} · {kind_name(pl.kind)} · {available.replace('%1', str(pl.available))}"
                self.source.addItem(text, pl.code)
        self.source.setCurrentIndex(max(0, self.source.findData(kept)))
        self.source.blockSignals(False)
        self._rule_preview()

    def _rule_preview(self) -> None:
        """Where the units would come from on these figures: the source chosen, or what the rule would
        choose (the platform decides when it reserves)."""
        cell = self.current()
        if cell is None or self.matrix is None:
            return
        chosen_source = self.source.currentData() or sp.AUTO
        if chosen_source != sp.AUTO:
            place = next(pl for pl in cell.places if pl.code == chosen_source)
            if self.qty.value() > place.available:
                self.rule.setText(self.tr("Not enough at %1 on these figures: %2 available.")
                                  .replace("%1", place.code).replace("%2", str(place.available)))  # fmt: skip
            else:
                where = f"{place.code} {place.name} ({kind_name(place.kind)}) ×{self.qty.value()}"
                self.rule.setText(self.tr("Chosen source: %1").replace("%1", where))
            return
        places = [allocation.Place(pl.code, pl.kind, pl.region) for pl in cell.places]
        free = {(pl.code, cell.sku): pl.available for pl in cell.places}
        need = [allocation.Need(1, cell.sku, self.qty.value())]
        chosen, short = allocation.plan(need, places, free, home=self.matrix.store, home_region=self.matrix.home_region)
        if short:
            self.rule.setText(self.tr("Not enough at other locations on these figures."))
        else:
            where = ", ".join(f"{loc} ×{qty}" for _n, loc, qty in chosen)
            self.rule.setText(self.tr("The rule would take it from: %1").replace("%1", where))

    # ---------------------------------------------------------------- the order being built
    def add_item(self) -> None:
        cell = self.current()
        if cell is None:
            self.show_error(self.tr("Choose a size and colour first."), "")
            return
        source = self.source.currentData() or sp.AUTO
        for n, (c, qty, src) in enumerate(self.basket):
            if c.sku == cell.sku and src == source:
                self.basket[n] = (c, qty + self.qty.value(), src)
                break
        else:
            self.basket.append((cell, self.qty.value(), source))
        self.error.clear()
        self._refresh_basket()

    def remove_item(self) -> None:
        row = self.basket_list.currentRow()
        if 0 <= row < len(self.basket):
            del self.basket[row]
        elif self.basket:
            self.basket.pop()
        self._refresh_basket()

    def _refresh_basket(self) -> None:
        self.basket_list.clear()
        for cell, qty, source in self.basket:
            where = self.tr("best by the rule") if source == sp.AUTO else source
            self.basket_list.addItem(QListWidgetItem(f"{qty} × {cell.sku} ({cell.colour} {cell.size}) · {where}"))
        self.order_button.setEnabled(bool(self.basket))

    def order(self) -> None:
        if not self.basket:
            self.show_error(self.tr("Add an item to the order first."), "")
            return
        items = tuple(ShelfItem(cell.variant_id, qty, source) for cell, qty, source in self.basket)
        replaces = self.replaces.id if self.replaces is not None else ""
        ShelfOrderDialog(self.till, items, self.basket, self, replaces).exec()

    def show_error(self, message: str, hint: str) -> None:
        self.error.show_error(message, hint)

    def _added(self, _held: bool) -> None:
        self.accept()

    def done(self, result: int) -> None:
        for signal, slot in ((self.till.shelf_matrix_ready, self.show_matrix), (self.till.error, self.show_error),
                             (self.till.shelf_added, self._added)):  # fmt: skip
            signal.disconnect(slot)
        super().done(result)


class ShelfOrderDialog(QDialog):
    """Where the order goes (the customer's home, this store or another) and the customer's details;
    "Add to sale" asks the platform to hold the units and puts the order into the sale."""

    def __init__(self, till: Till, items: tuple[ShelfItem, ...], basket: list, parent: QWidget | None = None,
                 replaces: str = "") -> None:  # fmt: skip
        super().__init__(parent)
        self.till, self.items, self.replaces = till, items, replaces
        self.form = till.terminal.shelf.address_form()  # the address as the store's country writes it
        self.setObjectName("shelf_order_dialog")
        self.setWindowTitle(self.tr("Cloud-shelf order"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        summary = QLabel("\n".join(f"{qty} × {cell.sku} ({cell.colour} {cell.size})" for cell, qty, _s in basket))
        summary.setObjectName("shelf_order_summary")
        layout.addWidget(summary)

        self.home = QRadioButton(self.tr("To the customer's home"))
        self.home.setObjectName("shelf_home_radio")
        self.store = QRadioButton(self.tr("To a store, for pickup"))
        self.store.setObjectName("shelf_store_radio")
        group = QButtonGroup(self)
        for radio in (self.home, self.store):
            radio.setMinimumHeight(TOUCH)
            group.addButton(radio)
        self.store.setChecked(True)
        self.stores = QComboBox()
        self.stores.setObjectName("shelf_store_choice")
        self.stores.setAccessibleName(self.tr("Store for pickup"))
        self.stores.setMinimumHeight(TOUCH)
        for code, name in till.terminal.shelf.stores():
            self.stores.addItem(f"{code} {name}", code)
        where = QGridLayout()
        where.addWidget(self.store, 0, 0)
        where.addWidget(self.stores, 0, 1)
        where.addWidget(self.home, 1, 0)
        layout.addLayout(where)

        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name in ("name", "phone", "email", *self.form.fields):
            label = self._label(name)
            field = QLineEdit()
            field.setObjectName(f"shelf_{name}_field")
            field.setAccessibleName(label)
            field.setMinimumHeight(TOUCH)
            self.fields[name] = field
            form.addRow(label, field)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setObjectName("shelf_delivery_hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.error = message_label("shelf_order_error")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.sell_button = button(self.tr("Add to sale"), "shelf_sell_button", shortcut="F10")
        self.sell_button.clicked.connect(self.sell)
        back = button(self.tr("Back"), "shelf_back_button")
        back.clicked.connect(self.reject)
        row.addWidget(self.sell_button)
        row.addWidget(back)
        layout.addLayout(row)
        self.home.toggled.connect(self._delivery_changed)
        self._delivery_changed()
        till.error.connect(self.show_error)
        till.shelf_added.connect(self._added)
        self.fields["name"].setFocus()

    def _label(self, name: str) -> str:
        """A field's name as the store's country calls it."""
        china = self.form.mobile
        return {
            "name": self.tr("Name"),
            "phone": self.tr("Mobile number") if china else self.tr("Phone"),
            "email": self.tr("Email"),
            "province": self.tr("Province") if china else self.tr("State or region"),
            "city": self.tr("City"),
            "district": self.tr("District"),
            "address": self.tr("Street, building and room") if china else self.tr("Street and number"),
            "postcode": self.tr("Postcode"),
        }[name]

    def _delivery_changed(self) -> None:
        """The fields, the hint and the message follow the delivery chosen (a refusal of the other goes)."""
        home = self.home.isChecked()
        self.error.clear()
        self.stores.setEnabled(not home)
        for name in self.form.fields:
            self.fields[name].setEnabled(home)
        if not home:
            said = self.tr("The customer collects it with the pickup code printed on the receipt.")
        elif self.form.mobile:
            said = self.tr("Home delivery needs a mobile number and the province, city, district and street.")
        else:
            said = self.tr("Home delivery needs a phone and the address.")
        self.hint.setText(said)

    def request(self) -> ShelfRequest:
        home = self.home.isChecked()
        contact = {name: field.text() for name, field in self.fields.items() if home or field.isEnabled()}
        return ShelfRequest(
            self.items, sp.HOME if home else sp.STORE, None if home else self.stores.currentData(), contact,
            self.replaces,
        )  # fmt: skip

    def sell(self) -> None:
        self.error.clear()
        self.sell_button.setEnabled(False)  # one hold per press
        self.till.sell_shelf(self.request())

    def show_error(self, message: str, hint: str) -> None:
        self.sell_button.setEnabled(True)
        self.error.show_error(message, hint)

    def _added(self, _held: bool) -> None:
        self.accept()

    def done(self, result: int) -> None:
        self.till.error.disconnect(self.show_error)
        self.till.shelf_added.disconnect(self._added)
        super().done(result)
