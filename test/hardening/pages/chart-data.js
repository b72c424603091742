// `.data` for the chart building blocks of the hardening pages (a file: no inline script allowed).
const data = {
  heading: 'Cas par âge',
  series: [{ key: 'cases', label: 'Cas', total: 300 }],
  categories: [
    { key: 'a', label: '0-19 ans', values: [{ count: 40 }] },
    { key: 'b', label: '20-59 ans', values: [{ count: 180 }] },
    { key: 'c', label: '60 ans et plus', values: [{ count: 80 }] },
  ],
  threshold: 11,
  unit: { one: 'cas', many: 'cas' },
};
// Each its own title: three regions of one name would be one landmark three times.
for (const id of ['bar', 'proportion', 'trend'])
  document.getElementById(id).data = { ...data, heading: `${data.heading} (${id})` };
