// Builds the benchmark article: the fixture articles' paragraphs repeated until the article
// holds `?paragraphs=` paragraphs (default 5,000, about 1 MB of text). Sets window.articleBuilt
// to a promise of the text length.
window.articleBuilt = (async () => {
  const params = new URLSearchParams(location.search);
  const count = Number(params.get('paragraphs') || 5000);
  const names = ['seed-israel-kazakhstan', 'egypt-cairo-gaza-diplomacy', 'gulf-riyadh-cabinet', 'levant-beirut-south', 'maghreb-algiers-sahel'];
  const paragraphs = [];
  for (const name of names) {
    const text = await (await fetch(`/fixtures/${name}.txt`)).text();
    for (const p of text.split(/\n\s*\n/)) if (p.trim()) paragraphs.push(p.trim());
  }
  const article = document.querySelector('article');
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i++) {
    const p = document.createElement('p');
    p.textContent = paragraphs[i % paragraphs.length];
    fragment.append(p);
  }
  article.append(fragment);
  return article.textContent.length;
})();
