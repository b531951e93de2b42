## The quick-exit button, on screen at all times. The reader may be in danger, watched, and in a hurry:
## a few plain words. These strings are built into the embed script, so they show before anything else loads.

# The button that leaves this site at once for a neutral one. Short: it must fit on a small phone.
exit-button = Exit now
# Read by screen readers after the button's name.
exit-hint = Opens a neutral website; shortcut: press Shift three times.
# Announced to screen readers while the visitor presses Shift to leave.
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the site: 2 or 1.
exit-shift-progress =
    { $remaining ->
        [one] Shift: press once more to exit.
       *[other] Shift: press { $remaining } more times to exit.
    }
# Announced when too long passed between two presses of Shift, so the count starts again.
exit-shift-expired = Exit shortcut reset.
