# Packages and subpackages: __init__ runs first and once, submodules become attributes of their parent.
from __future__ import print_function
import sys
import shop.cart.items
print('bound name is the top package:', shop.__name__)
print(shop.cart.items.total([1, 2, 3]))
print('cart has items:', hasattr(shop.cart, 'items'))
print('shop has util before importing it:', hasattr(shop, 'util'))
from shop.util import money
print('shop has util now:', hasattr(shop, 'util'), money.fmt(12.5))
from shop import cart
print(cart is shop.cart, cart.items is shop.cart.items)
import shop.cart.items as it
print(it is shop.cart.items, it.__name__)
from shop.cart.items import total as t
print(t([4, 5]))
print(sorted(k for k in sys.modules if k.startswith('shop')))
print(shop.VERSION, shop.cart.CART_NAME)
print('package __path__ entries:', len(shop.__path__), 'module has __path__:', hasattr(money, '__path__'))
import shop
print('__init__ ran', shop.init_runs, 'time(s)')
