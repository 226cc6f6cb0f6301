//! How an uncaught exception group is printed: the boxed layout of CPython 3.12's
//! `traceback.TracebackException.format` (`_ExceptionPrintContext`: two spaces of indent per
//! level, `| ` margins, a numbered rule before each sub-exception, at most 15 of them and 10
//! levels). Frames are not known to a translation, so the group's traceback shows the script
//! as the plain report does, and sub-exceptions show their last lines only. Owner: runtime-objects.

use crate::value::exception_group::{exceptions, is_group};
use crate::value::Value;

const MAX_WIDTH: usize = 15;
const MAX_DEPTH: usize = 10;

struct Ctx {
    depth: usize,
    need_close: bool,
    out: String,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn emit(&mut self, line: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for l in line.split('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(l);
            self.out.push('\n');
        }
    }
}

/// The report of `exc` when it is a group; None otherwise.
pub fn report(exc: &Value, script: &str) -> Option<String> {
    if !is_group(exc) {
        return None;
    }
    let mut ctx = Ctx { depth: 0, need_close: false, out: String::new() };
    format(exc, &mut ctx, Some(script));
    Some(ctx.out)
}

/// `TypeName: message` and the notes (`format_exception_only`).
fn exception_only(exc: &Value) -> String {
    let err = crate::value::exception::error_of(exc.clone());
    let mut text = err.to_string();
    for note in crate::exc::ExceptionObject::notes(exc) {
        text.push('\n');
        text.push_str(&note);
    }
    text
}

fn format(exc: &Value, ctx: &mut Ctx, script: Option<&str>) {
    if !is_group(exc) {
        ctx.emit(&exception_only(exc), '|');
        return;
    }
    if ctx.depth > MAX_DEPTH {
        ctx.emit(&format!("... (max_group_depth is {})", MAX_DEPTH), '|');
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if let Some(script) = script {
        ctx.emit("Exception Group Traceback (most recent call last):", if toplevel { '+' } else { '|' });
        ctx.emit(&format!("  File \"{}\", in <module>", script), '|');
    }
    ctx.emit(&exception_only(exc), '|');
    let excs = exceptions(exc);
    let n = if excs.len() <= MAX_WIDTH { excs.len() } else { MAX_WIDTH + 1 };
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_WIDTH;
        let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
        let lead = if i == 0 { "+-" } else { "  " };
        ctx.out.push_str(&format!("{}{}+---------------- {} ----------------\n", ctx.indent(), lead, title));
        ctx.depth += 1;
        if truncated {
            let remaining = excs.len() - MAX_WIDTH;
            ctx.emit(&format!("and {} more exception{}", remaining, if remaining > 1 { "s" } else { "" }), '|');
        } else {
            format(&excs[i], ctx, None);
        }
        if last && ctx.need_close {
            ctx.out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}
