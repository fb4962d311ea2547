import sys
sys.stdout.write('shop.cart.items runs as ' + __name__ + '\n')


def total(prices):
    return sum(prices)
