try:
    from pkg import circ_a
except ImportError as e:
    print 'circ_b:', e
circ_b_value = 1
