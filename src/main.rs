//! The page's entry point: mounts the explorer into `#app`.

fn main() {
    explorer::ui::mount();
}
