class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFound(AppError):
    def __str__(self):
        return "not found: " + repr(self.args[0])


def check(user):
    if "name" not in user:
        raise ValidationError("name", "missing")
    if user["name"] == "ghost":
        raise NotFound(user["name"])
    return "ok " + user["name"]


for u in [{"name": "ann"}, {}, {"name": "ghost"}]:
    try:
        print(check(u))
    except ValidationError as e:
        print("invalid", e.field, "|", e, "|", e.args)
    except AppError as e:
        print("app error", type(e).__name__, e)
print(issubclass(NotFound, Exception), isinstance(ValidationError("f", "m"), AppError))
e = AppError("a", 2)
print(e.args, str(e), repr(e))
print(repr(ValidationError("x", "y")))
raise NotFound("final")
