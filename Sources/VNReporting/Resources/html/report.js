// vnalign report: filters, sorting and pages for the tables of `vnalign report --format html`.
// Every row is in the page; this script only hides and orders them.
(function () {
  'use strict';
  var fold = function (s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u0111\u0110]/g, 'd').toLowerCase();
  };
  var form = document.getElementById('filters');
  var field = function (id) { return document.getElementById(id); };
  var text = field('f-text'), from = field('f-from'), to = field('f-to'), verdict = field('f-verdict');

  function Listing(table) {
    this.table = table;
    this.body = table.tBodies[0];
    this.rows = Array.prototype.slice.call(this.body.rows);
    this.status = field(table.getAttribute('data-status'));
    this.noun = table.getAttribute('data-noun');
    this.pager = document.querySelector('.pager[data-for="' + table.id + '"]');
    this.size = +this.pager.getAttribute('data-size');
    this.page = 0;
    this.matching = this.rows;
    this.shown = this.rows.filter(function (r) { return !r.hidden; });
    this.folded = null;
    this.sortColumn = -1;
    this.direction = 1;
    var self = this;
    this.pager.addEventListener('click', function (e) {
      var which = e.target.getAttribute && e.target.getAttribute('data-page');
      if (which === 'prev' && self.page > 0) { self.page -= 1; self.show(); }
      if (which === 'next' && self.page < self.pages() - 1) { self.page += 1; self.show(); }
    });
    this.pager.querySelector('select').addEventListener('change', function (e) {
      self.size = +e.target.value;
      self.page = 0;
      self.show();
    });
    Array.prototype.forEach.call(table.tHead.querySelectorAll('button[data-col]'), function (button) {
      button.addEventListener('click', function () {
        self.sort(+button.getAttribute('data-col'), button.getAttribute('data-sort'));
      });
    });
  }

  Listing.prototype.pages = function () {
    return this.size > 0 ? Math.max(1, Math.ceil(this.matching.length / this.size)) : 1;
  };

  Listing.prototype.filter = function () {
    var needle = fold(text.value.trim()), lo = from.value, hi = to.value;
    var wanted = this.table.id === 'pair-table' ? verdict.value : '';
    if (needle && !this.folded) {
      this.folded = new Map();
      for (var i = 0; i < this.rows.length; i++) this.folded.set(this.rows[i], fold(this.rows[i].textContent));
    }
    var folded = this.folded;
    this.matching = this.rows.filter(function (r) {
      if (needle && folded.get(r).indexOf(needle) < 0) return false;
      var day = r.getAttribute('data-date');
      if (lo && (!day || day < lo)) return false;
      if (hi && (!day || day > hi)) return false;
      if (wanted && r.getAttribute('data-verdict') !== wanted) return false;
      return true;
    });
    this.page = 0;
    this.show();
  };

  Listing.prototype.show = function () {
    var first = this.size > 0 ? this.page * this.size : 0;
    var next = this.size > 0 ? this.matching.slice(first, first + this.size) : this.matching;
    for (var i = 0; i < this.shown.length; i++) this.shown[i].hidden = true;
    for (var j = 0; j < next.length; j++) next[j].hidden = false;
    this.shown = next;
    var total = this.matching.length;
    this.status.setAttribute('data-matching', String(total));
    this.status.textContent = 'Showing ' + (total ? first + 1 : 0) + '\u2013' + (first + next.length) + ' of ' + total + ' ' + this.noun +
      (total < this.rows.length ? ' matching the filters (' + this.rows.length + ' in all).' : '.');
    this.pager.querySelector('.page-of').textContent = 'page ' + (this.page + 1) + ' of ' + this.pages();
    this.pager.querySelector('[data-page=prev]').disabled = this.page === 0;
    this.pager.querySelector('[data-page=next]').disabled = this.page >= this.pages() - 1;
  };

  Listing.prototype.sort = function (column, kind) {
    this.direction = this.sortColumn === column ? -this.direction : 1;
    this.sortColumn = column;
    var direction = this.direction;
    var keyed = this.rows.map(function (r, i) {
      var cell = r.cells[column], value = cell ? cell.textContent : '';
      if (kind === 'num') { value = parseFloat(value); if (isNaN(value)) value = -Infinity; } else value = fold(value.trim());
      return { row: r, key: value, index: i };
    });
    keyed.sort(function (a, b) {
      if (a.key < b.key) return -direction;
      if (a.key > b.key) return direction;
      return a.index - b.index;
    });
    this.rows = keyed.map(function (k) { return k.row; });
    var fragment = document.createDocumentFragment();
    this.rows.forEach(function (r) { fragment.appendChild(r); });
    this.body.appendChild(fragment);
    Array.prototype.forEach.call(this.table.tHead.rows[0].cells, function (th, i) {
      th.setAttribute('aria-sort', i === column ? (direction > 0 ? 'ascending' : 'descending') : 'none');
    });
    var chosen = new Set(this.matching);
    this.matching = this.rows.filter(function (r) { return chosen.has(r); });
    this.page = 0;
    this.show();
  };

  var listings = Array.prototype.map.call(document.querySelectorAll('table.listing'), function (t) { return new Listing(t); });
  var apply = function () { listings.forEach(function (l) { l.filter(); }); };
  text.addEventListener('input', apply);
  [from, to, verdict].forEach(function (input) { input.addEventListener('change', apply); });
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
})();
