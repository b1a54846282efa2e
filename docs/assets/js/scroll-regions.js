// Tables wider than the screen scroll sideways inside Material's wrapper. A keyboard user can only
// scroll what can take focus, and a screen reader announces a region by its name: so each wrapper
// that actually scrolls becomes a named, focusable region (named after the heading above it).

const WRAPPER = ".md-typeset__scrollwrap";

/**
 * The text of the closest heading before `element`, without Material's permalink sign.
 * @param {Element} element
 * @returns {string}
 */
function headingBefore(element) {
  for (let node = element.previousElementSibling; node; node = node.previousElementSibling) {
    if (/^H[1-6]$/.test(node.tagName)) return (node.textContent ?? "").replace("¶", "").trim();
  }
  const header = element.querySelector("th");
  return (header?.textContent ?? "").trim();
}

/** Make every scrolling table wrapper of the page focusable and named; undo it where it no longer scrolls. */
export function labelScrollRegions() {
  for (const wrapper of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll(WRAPPER))) {
    const scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
    if (scrolls && !wrapper.hasAttribute("tabindex")) {
      wrapper.tabIndex = 0;
      wrapper.setAttribute("role", "region");
      const name = headingBefore(wrapper);
      if (name) wrapper.setAttribute("aria-label", name);
    } else if (!scrolls && wrapper.hasAttribute("tabindex")) {
      wrapper.removeAttribute("tabindex");
      wrapper.removeAttribute("role");
      wrapper.removeAttribute("aria-label");
    }
  }
}

let pending = 0;

function labelSoon() {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(labelScrollRegions);
}

/**
 * Check again when the window changes size (a phone turned sideways) and when a section opens or
 * closes: a table in a closed section does not scroll until it shows. `toggle` does not bubble,
 * hence the capture phase.
 */
export function watchScrollRegions() {
  window.addEventListener("resize", labelSoon);
  document.addEventListener("toggle", labelSoon, true);
}
