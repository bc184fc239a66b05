// Progressive enhancement only: the pages work without it. Sort tables by a header click (or Enter),
// and filter a table's rows by the text typed in a box that names it.
document.querySelectorAll("table.sortable").forEach((table) => {
  table.querySelectorAll("thead th").forEach((header, column) => {
    header.setAttribute("aria-sort", "none");
    header.tabIndex = 0;
    const sort = () => {
      const ascending = header.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("thead th").forEach((other) => other.setAttribute("aria-sort", "none"));
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const body = table.tBodies[0];
      const rows = Array.from(body.rows);
      const key = (row) => (row.cells[column] ? row.cells[column].textContent.trim() : "");
      rows.sort((a, b) => {
        const x = key(a), y = key(b);
        const nx = parseFloat(x), ny = parseFloat(y);
        const order = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
        return ascending ? order : -order;
      });
      rows.forEach((row) => body.appendChild(row));
    };
    header.addEventListener("click", sort);
    header.addEventListener("keydown", (event) => { if (event.key === "Enter") sort(); });
  });
});
document.querySelectorAll("input[data-filter-table]").forEach((input) => {
  const table = document.getElementById(input.dataset.filterTable);
  input.addEventListener("input", () => {
    const words = input.value.toLowerCase();
    Array.from(table.tBodies[0].rows).forEach((row) => {
      row.hidden = words !== "" && !row.textContent.toLowerCase().includes(words);
    });
  });
});
