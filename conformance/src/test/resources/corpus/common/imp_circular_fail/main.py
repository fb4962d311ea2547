# A circular from-import that fails, uncaught: the traceback shows each importing frame and
# each version's message (3.11: "from partially initialized module ... (most likely due to a circular import)").
import sys
sys.stdout.write('main starts\n')
import first
sys.stdout.write('never reached\n')
