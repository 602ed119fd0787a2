import CasebookCore
print("casebook")
