// Behaviour of the UI that needs JavaScript, kept out of the templates: the Content-Security-Policy
// allows scripts only from this server ('self'), no inline handlers.
document.addEventListener('click', function (ereignis) {
    var knopf = ereignis.target.closest('[data-drucken]');
    if (knopf) {
        window.print();
    }
});
