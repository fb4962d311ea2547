from . import sub
helper_ref = sub.helper()
shadow = 'attribute, not module'
