// The rule editor: each action shows only the fields its kind uses (without scripts, every field is shown).
(function () {
  'use strict';
  var uses = {
    Email: ['for-message', 'for-subject'],
    Notify: ['for-message', 'for-subject'],
    Sms: ['for-message'],
    PublishContent: ['for-content'],
    UnpublishContent: ['for-content'],
    Webhook: ['for-webhook']
  };
  function update(fieldset) {
    var select = fieldset.querySelector('select.action-kind');
    var shown = uses[select.value] || [];
    fieldset.querySelectorAll('.for-message, .for-subject, .for-content, .for-webhook').forEach(function (field) {
      var visible = shown.some(function (name) { return field.classList.contains(name); });
      field.hidden = !visible;
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('fieldset.rule-action').forEach(function (fieldset) {
      update(fieldset);
      fieldset.querySelector('select.action-kind').addEventListener('change', function () { update(fieldset); });
    });
  });
})();
