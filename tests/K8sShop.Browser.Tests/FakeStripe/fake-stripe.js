// A fake of Stripe.js (js.stripe.com cannot be reached from the test machine), served by the browser tests in
// its place. It offers what the shop's checkout uses: Stripe(key), elements(), a card element the shopper types
// into, and createPaymentMethod, which makes a pm_fake_<last four digits>_<random> id as Stripe.js would make a
// pm_... id. Card 4000 0000 0000 0002 is the one the fake Stripe API declines, as Stripe's own test card is.
(function () {
  'use strict'
  var calls = (window.fakeStripeCalls = { publishableKey: null, elementsOptions: [], paymentMethods: [] })

  function digits(text) {
    return (text || '').replace(/\D/g, '')
  }

  function cardState(number, expiry, cvc) {
    var n = digits(number)
    var e = digits(expiry)
    var c = digits(cvc)
    if (n.length === 0 && e.length === 0 && c.length === 0) return { empty: true, complete: false, error: undefined }
    var error
    if (n.length > 0 && n.length < 16) error = { type: 'validation_error', code: 'incomplete_number', message: 'Your card number is incomplete.' }
    else if (e.length > 0 && e.length < 4) error = { type: 'validation_error', code: 'incomplete_expiry', message: "Your card's expiration date is incomplete." }
    else if (e.length === 4 && 2000 + Number(e.slice(2)) < new Date().getFullYear()) error = { type: 'validation_error', code: 'invalid_expiry_year_past', message: "Your card's expiration year is in the past." }
    var complete = !error && n.length === 16 && e.length === 4 && c.length === 3
    return { empty: false, complete: complete, error: error }
  }

  function createCard(options) {
    var handlers = {}
    var root = null
    var inputs = {}
    var element = {
      options: options,
      on: function (event, handler) {
        ;(handlers[event] = handlers[event] || []).push(handler)
        return element
      },
      off: function (event, handler) {
        handlers[event] = (handlers[event] || []).filter(function (h) {
          return h !== handler
        })
        return element
      },
      emit: function (event, payload) {
        ;(handlers[event] || []).slice().forEach(function (handler) {
          handler(payload)
        })
      },
      mount: function (node) {
        root = document.createElement('div')
        root.className = 'StripeElement fake-stripe-card'
        ;[['number', 'Card number', '1234 1234 1234 1234'], ['expiry', 'Expiration date MM / YY', 'MM / YY'], ['cvc', 'CVC', 'CVC']].forEach(function (field) {
          var input = document.createElement('input')
          input.setAttribute('aria-label', field[1])
          input.placeholder = field[2]
          input.inputMode = 'numeric'
          input.addEventListener('input', function () {
            var state = cardState(inputs.number.value, inputs.expiry.value, inputs.cvc.value)
            root.classList.toggle('StripeElement--invalid', Boolean(state.error))
            element.emit('change', { elementType: 'card', empty: state.empty, complete: state.complete, error: state.error })
          })
          inputs[field[0]] = input
          root.appendChild(input)
        })
        node.appendChild(root)
        setTimeout(function () {
          element.emit('ready', element)
        }, 0)
      },
      focus: function () {
        inputs.number && inputs.number.focus()
      },
      blur: function () {},
      clear: function () {},
      update: function () {},
      unmount: function () {
        root && root.remove()
      },
      destroy: function () {
        element.unmount()
      },
      values: function () {
        return { number: inputs.number.value, expiry: inputs.expiry.value, cvc: inputs.cvc.value }
      },
    }
    return element
  }

  function Stripe(publishableKey) {
    if (!/^pk_(test|live)_/.test(publishableKey || '')) throw new Error('Invalid publishable key')
    calls.publishableKey = publishableKey
    var card = null
    return {
      elements: function (options) {
        calls.elementsOptions.push(options || {})
        return {
          create: function (type, options) {
            if (type !== 'card') throw new Error('The fake Stripe.js offers only the card element, not ' + type)
            card = createCard(options || {})
            return card
          },
          getElement: function () {
            return card
          },
          update: function (options) {
            calls.elementsOptions.push(options || {})
          },
        }
      },
      createPaymentMethod: function (data) {
        return new Promise(function (resolve) {
          setTimeout(function () {
            if (!data || data.type !== 'card' || data.card !== card) {
              resolve({ error: { type: 'invalid_request_error', code: 'parameter_missing', message: 'Missing card element.' } })
              return
            }
            var values = card.values()
            var state = cardState(values.number, values.expiry, values.cvc)
            if (state.error || !state.complete) {
              resolve({ error: state.error || { type: 'validation_error', code: 'incomplete_number', message: 'Your card number is incomplete.' } })
              return
            }
            var id = 'pm_fake_' + digits(values.number).slice(-4) + '_' + Math.random().toString(36).slice(2, 12)
            calls.paymentMethods.push({ id: id, billing_details: data.billing_details })
            resolve({ paymentMethod: { id: id, object: 'payment_method', type: 'card', card: { last4: digits(values.number).slice(-4) } } })
          }, 50)
        })
      },
      createToken: function () {
        return Promise.reject(new Error('not in the fake'))
      },
      confirmCardPayment: function () {
        return Promise.reject(new Error('not in the fake'))
      },
    }
  }
  Stripe.version = 'endive'
  window.Stripe = Stripe
})()
