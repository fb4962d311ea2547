# Under --sandbox the program sees an empty environment, and changing it is refused.
import os
print(sorted(os.environ), os.environ.get("HOME"), os.getenv("PATH"))
try:
    os.environ["PYVM_SANDBOX_TRY"] = "1"
except PermissionError as e:
    print("denied:", e)
try:
    os.putenv("PYVM_SANDBOX_TRY", "1")
except PermissionError as e:
    print("denied:", e)
