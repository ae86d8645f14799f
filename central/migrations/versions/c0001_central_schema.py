"""central schema

Revision ID: c0001
Revises:
Create Date: 2026-11-22 22:51:56.611554
"""

import sqlalchemy as sa
from alembic import op

revision = 'c0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('changes',
    sa.Column('feed', sa.String(length=16), nullable=False),
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('scope', sa.String(length=16), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('feed', 'seq')
    )
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.create_index('ix_changes_feed_scope_seq', ['feed', 'scope', 'seq'], unique=False)

    op.create_table('feed_counters',
    sa.Column('feed', sa.String(length=16), nullable=False),
    sa.Column('last_seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('horizon', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.PrimaryKeyConstraint('feed')
    )
    op.create_table('flags',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('store_code', sa.String(length=16), nullable=False),
    sa.Column('terminal_id', sa.String(length=36), nullable=True),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('resolved_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('flags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flags_kind'), ['kind'], unique=False)

    op.create_table('locations',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('region', sa.String(length=40), nullable=False),
    sa.Column('settings', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('styles',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('tax_classes',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('rate_ppm', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('enrol_codes',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('store_code', sa.String(length=16), nullable=False),
    sa.Column('terminal_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('expires_at', sa.String(length=32), nullable=False),
    sa.Column('used_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['store_code'], ['locations.code'], ),
    sa.PrimaryKeyConstraint('code_hash')
    )
    op.create_table('stock_levels',
    sa.Column('location_code', sa.String(length=16), nullable=False),
    sa.Column('sku', sa.String(length=60), nullable=False),
    sa.Column('on_hand', sa.Integer(), nullable=False),
    sa.Column('last_movement_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['location_code'], ['locations.code'], ),
    sa.PrimaryKeyConstraint('location_code', 'sku')
    )
    op.create_table('stock_movements',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('location_code', sa.String(length=16), nullable=False),
    sa.Column('sku', sa.String(length=60), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('recorded_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['location_code'], ['locations.code'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.create_index('ix_central_movement_loc_sku', ['location_code', 'sku'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_movements_event_id'), ['event_id'], unique=False)

    op.create_table('terminals',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('store_code', sa.String(length=16), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('expires_at', sa.String(length=32), nullable=False),
    sa.Column('revoked_at', sa.String(length=32), nullable=True),
    sa.Column('last_seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('last_seen_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['store_code'], ['locations.code'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_table('variants',
    sa.Column('sku', sa.String(length=60), nullable=False),
    sa.Column('style_code', sa.String(length=40), nullable=False),
    sa.Column('size', sa.String(length=20), nullable=False),
    sa.Column('colour', sa.String(length=40), nullable=False),
    sa.Column('tax_class', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['style_code'], ['styles.code'], ),
    sa.ForeignKeyConstraint(['tax_class'], ['tax_classes.code'], ),
    sa.PrimaryKeyConstraint('sku')
    )
    with op.batch_alter_table('variants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_variants_style_code'), ['style_code'], unique=False)

    op.create_table('barcodes',
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('sku', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['sku'], ['variants.sku'], ),
    sa.PrimaryKeyConstraint('code')
    )
    with op.batch_alter_table('barcodes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_barcodes_sku'), ['sku'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('terminal_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('response', sa.Text(), nullable=False),
    sa.Column('received_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['terminal_id'], ['terminals.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('terminal_id', 'seq', name='uq_event_terminal_seq')
    )
    op.create_table('prices',
    sa.Column('price_list', sa.String(length=16), nullable=False),
    sa.Column('sku', sa.String(length=60), nullable=False),
    sa.Column('amount', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.ForeignKeyConstraint(['sku'], ['variants.sku'], ),
    sa.PrimaryKeyConstraint('price_list', 'sku')
    )
    op.create_table('shifts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('terminal_id', sa.String(length=36), nullable=False),
    sa.Column('store_code', sa.String(length=16), nullable=False),
    sa.Column('opened_at', sa.String(length=32), nullable=True),
    sa.Column('closed_at', sa.String(length=32), nullable=True),
    sa.Column('z_number', sa.Integer(), nullable=True),
    sa.Column('z_report', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['terminal_id'], ['terminals.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('sales',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('store_code', sa.String(length=16), nullable=False),
    sa.Column('terminal_id', sa.String(length=36), nullable=False),
    sa.Column('receipt_no', sa.String(length=48), nullable=False),
    sa.Column('shift_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('total', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('tax_total', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('discount_total', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('rounding', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], ),
    sa.ForeignKeyConstraint(['terminal_id'], ['terminals.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sales_receipt_no'), ['receipt_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_sales_shift_id'), ['shift_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sales_store_code'), ['store_code'], unique=False)

    op.create_table('sale_payments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('sale_id', sa.String(length=36), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('amount', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sale_payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_payments_sale_id'), ['sale_id'], unique=False)
    op.bulk_insert(
        sa.table("feed_counters", sa.column("feed", sa.String), sa.column("last_seq", sa.BigInteger),
                 sa.column("horizon", sa.BigInteger)),
        [{"feed": feed, "last_seq": 0, "horizon": 0} for feed in ("catalog", "prices", "stock", "orders")],
    )


def downgrade() -> None:
    with op.batch_alter_table('sale_payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sale_payments_sale_id'))

    op.drop_table('sale_payments')
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sales_store_code'))
        batch_op.drop_index(batch_op.f('ix_sales_shift_id'))
        batch_op.drop_index(batch_op.f('ix_sales_receipt_no'))

    op.drop_table('sales')
    op.drop_table('shifts')
    op.drop_table('prices')
    op.drop_table('events')
    with op.batch_alter_table('barcodes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_barcodes_sku'))

    op.drop_table('barcodes')
    with op.batch_alter_table('variants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_variants_style_code'))

    op.drop_table('variants')
    op.drop_table('terminals')
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_movements_event_id'))
        batch_op.drop_index('ix_central_movement_loc_sku')

    op.drop_table('stock_movements')
    op.drop_table('stock_levels')
    op.drop_table('enrol_codes')
    op.drop_table('tax_classes')
    op.drop_table('styles')
    op.drop_table('locations')
    with op.batch_alter_table('flags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flags_kind'))

    op.drop_table('flags')
    op.drop_table('feed_counters')
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.drop_index('ix_changes_feed_scope_seq')

    op.drop_table('changes')
