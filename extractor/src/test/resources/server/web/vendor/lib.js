// fixture vendor/lib.js
window.lib = {};
