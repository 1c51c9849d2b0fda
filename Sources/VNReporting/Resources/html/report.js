// vnalign report: draws the tables of `vnalign report --format html` from the data embedded in
// the page (#report-data, see CoveragePageData), a page at a time, and filters and sorts them.
// Text from the corpus only ever reaches the page as text nodes, never as markup.
(function () {
  'use strict';
  performance.mark('vnalign-script');
  var data = JSON.parse(document.getElementById('report-data').textContent);
  performance.mark('vnalign-parsed');
  var strings = data.strings, days = data.days;
  // Case- and mark-insensitive text, so that `da nang` finds `Đà Nẵng`; ASCII needs lower case only.
  var ascii = /^[\x00-\x7f]*$/;
  var fold = function (s) {
    if (ascii.test(s)) return s.toLowerCase();
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u0111\u0110]/g, 'd').toLowerCase();
  };
  var field = function (id) { return document.getElementById(id); };
  var form = field('filters'), text = field('f-text'), from = field('f-from'), to = field('f-to'), verdict = field('f-verdict');

  // Articles: [id, lang, headline, titled, date, url, outlet].
  var articles = data.articles.map(function (a) {
    return { id: a[0], lang: a[1], headline: a[2], titled: a[3] === 1, date: a[4], url: a[5], outlet: a[6], folded: null };
  });
  var articleText = function (a) {
    if (a.folded === null) a.folded = fold(a.id + ' ' + a.headline + ' ' + a.outlet);
    return a.folded;
  };
  var foldedStrings = [];
  var stringText = function (i) {
    if (foldedStrings[i] === undefined) foldedStrings[i] = fold(strings[i]);
    return foldedStrings[i];
  };

  // Pairs: [en, vi, related, day, log-odds, evidence, probability, [kind, display, weight, ...], [kind, reason, penalty, ...]].
  var pairs = data.pairs.map(function (p) {
    return { en: articles[p[0]], vi: articles[p[1]], related: p[2] === 1, day: p[3] >= 0 ? days[p[3]] : '',
             score: p[4], evidence: p[5], probability: p[6], shared: p[7], conflicts: p[8] };
  });
  var unpaired = data.unpaired.map(function (u) {
    return { article: articles[u[0]], candidate: u[1] >= 0 ? articles[u[1]] : null, probability: u[2], reason: u[3] };
  });

  var element = function (tag, className, content) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (content !== undefined) e.textContent = content;
    return e;
  };
  var cell = function (row, className, content) {
    var td = element('td', className, content);
    row.appendChild(td);
    return td;
  };
  var fixed = function (n, places) { return n === null ? '' : n.toFixed(places || 2); };
  var evidenceLine = function (p, limit) {
    var parts = [];
    for (var i = 0; i < p.shared.length && parts.length < limit; i += 3) parts.push(strings[p.shared[i + 1]]);
    return parts.join('; ');
  };

  var articleCell = function (row, a) {
    var td = cell(row);
    if (!a) { td.textContent = 'none'; return; }
    var name;
    if (a.url) { name = element('a', '', a.headline); name.href = a.url; name.rel = 'noreferrer'; } else name = element('span', 'headline', a.headline);
    td.appendChild(name);
    if (!a.titled) td.appendChild(document.createTextNode(' ')), td.appendChild(element('small', '', '(no title: the first words)'));
    var meta = element('small', 'meta');
    meta.appendChild(element('code', '', a.id));
    meta.appendChild(document.createTextNode((a.outlet ? ' \u00b7 ' + a.outlet : '') + (a.date ? ' \u00b7 ' + a.date : '')));
    td.appendChild(meta);
  };

  var explanation = function (p) {
    var details = element('details');
    var summary = element('summary', '', 'Explanation');
    summary.appendChild(element('span', 'sr', ' of ' + p.en.id + '|' + p.vi.id));
    var conflicts = p.conflicts.length / 3;
    summary.appendChild(document.createTextNode(': ' + p.shared.length / 3 + ' shared, ' + conflicts + ' conflict' + (conflicts === 1 ? '' : 's')));
    details.appendChild(summary);
    details.appendChild(element('p', '', 'evidence ' + fixed(p.evidence) + ', log-odds ' + fixed(p.score) +
      (p.probability === null ? '' : ', probability ' + fixed(p.probability, 3))));
    if (p.shared.length) {
      var heaviest = p.shared[2], list = element('ul', 'ev');
      list.setAttribute('aria-label', 'shared evidence, heaviest first');
      for (var i = 0; i < p.shared.length; i += 3) {
        var li = element('li');
        li.appendChild(element('span', 'w', '+' + fixed(p.shared[i + 2])));
        var bar = element('span', 'b');
        bar.style.width = (heaviest > 0 ? Math.round(p.shared[i + 2] / heaviest * 100) : 0) + '%';
        var track = element('span', 't');
        track.appendChild(bar);
        li.appendChild(track);
        li.appendChild(element('span', 'k', strings[p.shared[i]]));
        li.appendChild(element('span', '', strings[p.shared[i + 1]]));
        list.appendChild(li);
      }
      details.appendChild(list);
    }
    if (p.conflicts.length) {
      var against = element('ul', 'cf');
      against.setAttribute('aria-label', 'conflicts');
      for (var j = 0; j < p.conflicts.length; j += 3) {
        var item = element('li');
        item.appendChild(element('span', 'w', '\u2212' + fixed(p.conflicts[j + 2])));
        item.appendChild(element('span', 'k', strings[p.conflicts[j]]));
        item.appendChild(element('span', '', strings[p.conflicts[j + 1]]));
        against.appendChild(item);
      }
      details.appendChild(against);
    }
    return details;
  };

  var pairRow = function (p) {
    var row = element('tr');
    row.setAttribute('data-pair', p.en.id + '|' + p.vi.id);
    row.setAttribute('data-verdict', p.related ? 'related' : 'same-event');
    row.setAttribute('data-date', p.day);
    articleCell(row, p.en);
    articleCell(row, p.vi);
    cell(row, 'day', p.day || '\u2014');
    cell(row).appendChild(p.related ? element('span', 'verdict related', '\u2717 related, refused') : element('span', 'verdict same', '\u2713 same event'));
    if (data.probability) cell(row, 'num', fixed(p.probability, 3));
    cell(row, 'num', fixed(p.score));
    var last = cell(row, '', evidenceLine(p, 3));
    last.appendChild(explanation(p));
    return row;
  };

  var unpairedRow = function (u) {
    var row = element('tr');
    row.setAttribute('data-article', u.article.id);
    row.setAttribute('data-date', u.article.date);
    articleCell(row, u.article);
    cell(row, '', u.article.lang === 'vi' ? 'Vietnamese' : 'English');
    cell(row, 'day', u.article.date || '\u2014');
    articleCell(row, u.candidate);
    cell(row, 'num', fixed(u.probability, 3));
    cell(row, '', strings[u.reason]);
    return row;
  };

  // Sort keys by column, in the order of each table's headings.
  var pairKeys = [
    function (p) { return fold(p.en.headline); }, function (p) { return fold(p.vi.headline); },
    function (p) { return p.day; }, function (p) { return p.related ? 1 : 0; }
  ].concat(data.probability ? [function (p) { return p.probability === null ? -Infinity : p.probability; }] : [])
    .concat([function (p) { return p.score; }, function (p) { return fold(evidenceLine(p, 3)); }]);
  var unpairedKeys = [
    function (u) { return fold(u.article.headline); }, function (u) { return u.article.lang; }, function (u) { return u.article.date; },
    function (u) { return u.candidate ? fold(u.candidate.headline) : ''; }, function (u) { return u.probability === null ? -Infinity : u.probability; },
    function (u) { return fold(strings[u.reason]); }
  ];

  var pairMatches = function (p, needle, lo, hi, wanted) {
    if (wanted && (p.related ? 'related' : 'same-event') !== wanted) return false;
    if (lo && (!p.day || p.day < lo)) return false;
    if (hi && (!p.day || p.day > hi)) return false;
    if (!needle) return true;
    if (articleText(p.en).indexOf(needle) >= 0 || articleText(p.vi).indexOf(needle) >= 0) return true;
    for (var i = 0; i < p.shared.length; i += 3) if (stringText(p.shared[i + 1]).indexOf(needle) >= 0) return true;
    for (var j = 0; j < p.conflicts.length; j += 3) if (stringText(p.conflicts[j + 1]).indexOf(needle) >= 0) return true;
    return false;
  };
  var unpairedMatches = function (u, needle, lo, hi) {
    var day = u.article.date;
    if (lo && (!day || day < lo)) return false;
    if (hi && (!day || day > hi)) return false;
    if (!needle) return true;
    return articleText(u.article).indexOf(needle) >= 0 || (u.candidate && articleText(u.candidate).indexOf(needle) >= 0) ||
      stringText(u.reason).indexOf(needle) >= 0;
  };

  function Listing(table, items, draw, keys, matches) {
    var self = this;
    this.table = table;
    this.body = table.tBodies[0];
    this.items = items;
    this.draw = draw;
    this.keys = keys;
    this.matches = matches;
    this.matching = items;
    this.status = field(table.getAttribute('data-status'));
    this.noun = table.getAttribute('data-noun');
    this.pager = document.querySelector('.pager[data-for="' + table.id + '"]');
    this.size = +this.pager.getAttribute('data-size');
    this.page = 0;
    this.sortColumn = -1;
    this.direction = 1;
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
      button.addEventListener('click', function () { self.sort(+button.getAttribute('data-col')); });
    });
  }

  Listing.prototype.pages = function () {
    return this.size > 0 ? Math.max(1, Math.ceil(this.matching.length / this.size)) : 1;
  };

  Listing.prototype.filter = function () {
    var needle = fold(text.value.trim()), lo = from.value, hi = to.value, wanted = verdict.value, matches = this.matches;
    this.matching = needle || lo || hi || wanted
      ? this.items.filter(function (item) { return matches(item, needle, lo, hi, wanted); }) : this.items;
    this.page = 0;
    this.show();
  };

  Listing.prototype.show = function () {
    var first = this.size > 0 ? this.page * this.size : 0;
    var shown = this.size > 0 ? this.matching.slice(first, first + this.size) : this.matching;
    var fragment = document.createDocumentFragment();
    for (var i = 0; i < shown.length; i++) fragment.appendChild(this.draw(shown[i]));
    this.body.replaceChildren(fragment);
    var total = this.matching.length;
    this.status.setAttribute('data-matching', String(total));
    this.status.textContent = 'Showing ' + (total ? first + 1 : 0) + '\u2013' + (first + shown.length) + ' of ' + total + ' ' + this.noun +
      (total < this.items.length ? ' matching the filters (' + this.items.length + ' in all).' : '.');
    this.pager.querySelector('.page-of').textContent = 'page ' + (this.page + 1) + ' of ' + this.pages();
    this.pager.querySelector('[data-page=prev]').disabled = this.page === 0;
    this.pager.querySelector('[data-page=next]').disabled = this.page >= this.pages() - 1;
  };

  Listing.prototype.sort = function (column) {
    this.direction = this.sortColumn === column ? -this.direction : 1;
    this.sortColumn = column;
    var direction = this.direction, key = this.keys[column];
    var keyed = this.items.map(function (item, i) { return { item: item, key: key(item), index: i }; });
    keyed.sort(function (a, b) {
      if (a.key < b.key) return -direction;
      if (a.key > b.key) return direction;
      return a.index - b.index;
    });
    this.items = keyed.map(function (k) { return k.item; });
    Array.prototype.forEach.call(this.table.tHead.rows[0].cells, function (th, i) {
      th.setAttribute('aria-sort', i === column ? (direction > 0 ? 'ascending' : 'descending') : 'none');
    });
    this.filter();
  };

  var listings = [
    new Listing(field('pair-table'), pairs, pairRow, pairKeys, pairMatches),
    new Listing(field('unpaired-table'), unpaired, unpairedRow, unpairedKeys, unpairedMatches)
  ];
  var apply = function () { listings.forEach(function (l) { l.filter(); }); };
  listings.forEach(function (l) { l.show(); });
  performance.mark('vnalign-drawn');
  // Fold the searchable text while the reader looks at the page, so the first filter is quick.
  var idle = window.requestIdleCallback || function (f) { return setTimeout(function () { f({ timeRemaining: function () { return 8; } }); }, 50); };
  var nextArticle = 0, nextString = 0;
  idle(function fold(deadline) {
    while (deadline.timeRemaining() > 1 && (nextArticle < articles.length || nextString < strings.length)) {
      for (var k = 0; k < 200 && nextArticle < articles.length; k++) articleText(articles[nextArticle++]);
      for (var m = 0; m < 200 && nextString < strings.length; m++) stringText(nextString++);
    }
    if (nextArticle < articles.length || nextString < strings.length) idle(fold);
  });
  text.addEventListener('input', apply);
  [from, to, verdict].forEach(function (input) { input.addEventListener('change', apply); });
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
})();
