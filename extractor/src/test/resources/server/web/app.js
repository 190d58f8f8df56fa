// fixture app.js: 图谱
console.log("app");
