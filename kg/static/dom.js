/* DOM helpers shared by the kg pages: every text goes in with textContent, never as HTML. */
"use strict";

window.kgDom = (function () {
  function el(tag, props, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === "text") node.textContent = value;
      else if (key === "className") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children || []) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  return { el, clear };
})();
