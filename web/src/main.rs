//! The explorer's page module. Its `main` mounts nothing, so that loading the module shows
//! nothing by itself: the script that loads it calls `startPage` (boot.js, the explorer's own
//! page) or `mount` (widget.js, once per `<claim-lens>` element); see `claimlens_web::mount`.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Mounts the explorer into `#claimlens`.
    #[wasm_bindgen(js_name = startPage)]
    pub fn start_page() {
        claimlens_web::mount::start();
    }

    /// A widget's app, held by its `<claim-lens>` element.
    #[wasm_bindgen]
    pub struct Widget(claimlens_web::mount::Widget);

    #[wasm_bindgen]
    impl Widget {
        /// The element's `view` or `query` attribute changed.
        pub fn navigate(&self, view: &str, query: &str) {
            self.0.navigate(view, query);
        }

        /// The element left the page.
        pub fn destroy(&mut self) {
            self.0.destroy();
        }
    }

    /// Mounts a widget's app into `root` (inside the element's shadow root).
    #[wasm_bindgen]
    pub fn mount(
        root: web_sys::Element,
        bundle: String,
        worker: String,
        view: String,
        query: String,
    ) -> Widget {
        Widget(claimlens_web::mount::mount(
            root, bundle, worker, view, query,
        ))
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    claimlens_web::start();
}
