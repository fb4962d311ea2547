import circ_b
try:
    from pkg import circ_b_value
except ImportError as e:
    print 'circular:', e
