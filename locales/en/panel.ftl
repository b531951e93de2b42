## The help panel around the guided flow and the directory. The reader may be in danger, on a phone,
## perhaps watched: calm, plain, short sentences; never blame.

# The button that opens the help panel. Neutral on purpose: someone may be looking at the screen.
panel-launcher = Get help
panel-title = Help and safety
# Label of the button that closes the panel (the button itself shows ×).
panel-close = Close
# Label of the language switcher.
panel-language = Language

## The emergency numbers at the top of every view.

panel-now-title = Call now
# Shown when the site's country is not supported: the international emergency number.
panel-emergency-international = Emergency (police, ambulance)
# Said plainly next to every phone link: the widget cannot hide calls.
panel-call-log-note = A call shows in your phone's call log and bill.
# A badge on a service that answers day and night.
panel-badge-always = 24/7
# A badge on a service that costs nothing to call.
panel-badge-free = Free

## The panel's first view.

panel-home-intro = You are not alone, and what is happening is not your fault. Choose what you need.
panel-home-guide = Guide me step by step
panel-home-directory = All help services

## Moving through the guided flow.

panel-back = Back
panel-restart = Start again
# A progress cue above each step of the guided flow.
# Variables:
#   $step (Number) - which step of the visitor's path this is, starting at 1.
panel-step = Step { $step }
# A link after a statement of law or fact, to the public page it comes from.
panel-source = Source

## The directory of help services.

panel-directory-title = Help services
panel-directory-unknown-country = This site's country is not supported yet. In an emergency, call 112.
panel-region = Your region
panel-region-whole-country = Whole country
panel-filter-label = Show services for
panel-filter-all = Everyone
panel-filter-women = Women
panel-filter-children = Children
panel-filter-witnesses = Witnesses
# Next to a Telegram or Viber link.
panel-app-history-note = The app keeps its own chat history.
# Headings in the directory: the region's own services are listed under the region's name; then these.
# Above the services that the site's webmaster added to the page.
panel-directory-site = Added by this website
# Above the services that serve the whole country.
panel-directory-national = Across the country
# Under the region's name, when no service of that region is listed yet (the national ones still are).
panel-region-none = No local service is listed for this region yet.
# Shown under the name of a Ukrainian region that is wholly or partly under occupation (Crimea, Sevastopol,
# and oblasts with occupied parts), above its services. It must stay true for a partly occupied region and
# promise nothing: the national lines may or may not be reachable from occupied territory.
panel-region-occupied = This region is wholly or partly under occupation. Ukrainian services do not operate in occupied territory. The national lines below may be reachable there by phone or online, depending on the connection. No local services are listed here for occupied areas.

## What the widget cannot do, said plainly at the foot of the panel.

panel-honest-history = The exit button does not erase your browsing history. This panel saves nothing.
