import sys
sys.stdout.write('shop.cart/__init__ runs as ' + __name__ + '\n')
CART_NAME = 'basket'
