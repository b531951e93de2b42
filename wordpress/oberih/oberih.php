<?php
/**
 * Plugin Name:       Oberih
 * Description:       A quick-exit button and help for people living with domestic violence (Ukraine, Kazakhstan), served from this site.
 * Version:           @VERSION@
 * Requires at least: 5.7
 * Requires PHP:      7.4
 * Author:            Oberih contributors
 * License:           MIT
 * License URI:       https://opensource.org/license/mit
 * Text Domain:       oberih
 *
 * The widget's files are in assets/, built by tools/wp-plugin.mjs with build.php (version, integrity, the
 * settings page's strings and the regions), which is generated and never edited by hand.
 */

defined( 'ABSPATH' ) || exit;

define( 'OBERIH_FILE', __FILE__ );
define( 'OBERIH_OPTION', 'oberih_options' );
// The build whose integrity the site's pages carry (front.php): a new one empties the page caches.
define( 'OBERIH_BUILD_OPTION', 'oberih_build' );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/front.php';
if ( is_admin() ) {
	require_once __DIR__ . '/includes/admin.php';
}

// The option exists from activation on, so saving the form never takes WordPress's add_option path, which
// would run the sanitiser (and show its errors) twice.
register_activation_hook(
	__FILE__,
	function () {
		// Cached pages without the script, or with an older version's integrity, go: through the option's
		// add hook (front.php) the first time, here when it is activated again. Either way once: the build is
		// remembered first, so the next request does not empty the caches again for it.
		oberih_new_build( oberih_build() );
		if ( ! add_option( OBERIH_OPTION, oberih_defaults() ) ) {
			oberih_purge_page_caches();
		}
	}
);
register_deactivation_hook( __FILE__, 'oberih_purge_page_caches' );
