// The same program as python/exit3.py.
fn main() {
    println!("leaving");
    std::process::exit(3);
}
