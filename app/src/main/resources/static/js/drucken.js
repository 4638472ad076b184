// Buttons marked data-drucken print the page (no inline script: the Content-Security-Policy forbids it).
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-drucken]').forEach(function (knopf) {
        knopf.addEventListener('click', function () { window.print(); });
    });
});
