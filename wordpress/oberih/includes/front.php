<?php
/**
 * Every public page: the embed script from this plugin's own folder, with its integrity, `defer`, the settings as
 * data-* attributes, and the attributes that tell optimisation plugins to leave it alone (readme.txt lists each,
 * with where it was checked). A rewritten oberih.js would fail its integrity check, and then no exit would show.
 */

defined( 'ABSPATH' ) || exit;

/**
 * Attributes that keep optimisation tools away from the tag, in this order (Rocket Loader reads data-cfasync
 * only before src): only those the tool itself documents (readme.txt). WP Rocket and Autoptimize document
 * none: they get the plugin's folder through their PHP filters, below.
 */
function oberih_keep_away_attributes() {
	return array(
		'data-cfasync'       => 'false', // Cloudflare Rocket Loader
		'data-no-optimize'   => '1',     // LiteSpeed Cache: minify and combine
		'data-no-defer'      => '1',     // LiteSpeed Cache: deferred and delayed loading
		'data-jetpack-boost' => 'ignore', // Jetpack Boost: defer non-essential JavaScript
	);
}

/** The script's attributes, in order: the keep-away ones first, then src and the rest. */
function oberih_script_attributes( $options ) {
	$build = oberih_build();
	$attrs = oberih_keep_away_attributes();
	// The version in the query: a new address after each update for caches in front of the site.
	$attrs['src']         = add_query_arg( 'ver', $build['version'], plugins_url( 'assets/oberih.js', OBERIH_FILE ) );
	$attrs['id']          = 'oberih-js';
	$attrs['integrity']   = $build['integrity'];
	$attrs['crossorigin'] = 'anonymous';
	$attrs['defer']       = true;
	$map = array(
		'country'       => 'data-country',
		'region'        => 'data-region',
		'lang'          => 'data-lang',
		'exit_url'      => 'data-exit-url',
		'exit_position' => 'data-exit-position',
		'position'      => 'data-position',
	);
	foreach ( $map as $key => $name ) {
		if ( '' !== (string) $options[ $key ] ) {
			$attrs[ $name ] = (string) $options[ $key ];
		}
	}
	if ( $options['history'] ) {
		$attrs['data-history'] = 'replace';
	}
	return $attrs;
}

function oberih_script_tag( $attrs ) {
	$html = '<script';
	foreach ( $attrs as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( 'src' === $name ) {
			$html .= ' src="' . esc_url( $value ) . '"';
		} else {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html . "></script>\n";
}

// Enqueued the WordPress way (so it can be inspected and dequeued), in <head>: with defer it never blocks the
// page, and it runs as soon as the document is parsed. The tag itself is written here, attribute by attribute.
add_action(
	'wp_enqueue_scripts',
	function () {
		wp_enqueue_script( 'oberih', plugins_url( 'assets/oberih.js', OBERIH_FILE ), array(), null, false );
	}
);

add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		if ( 'oberih' !== $handle ) {
			return $tag;
		}
		return oberih_script_tag( oberih_script_attributes( oberih_options() ) );
	},
	10,
	2
);

// The site's own services: a JSON block the widget reads from the page. Printed from JSON that PHP re-encoded,
// with < > & ' " as \u escapes, so nothing in it can end the <script> element or become HTML.
add_action(
	'wp_head',
	function () {
		$json = oberih_services_for_page( oberih_options()['services'] );
		if ( null !== $json ) {
			echo '<script type="application/json" data-oberih-services>' . $json . "</script>\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON with HTML-significant characters escaped.
		}
	},
	5
);

// Where a tool offers a PHP filter for its exclusion lists, the plugin adds its own folder there too: the tag's
// attributes cover what they can, these cover the rest (each name as the tool's own code applies it).

/** The assets folder's path as it appears in the page's URLs, wherever wp-content or this plugin's folder is. */
function oberih_assets_path() {
	$path = wp_parse_url( plugins_url( 'assets/', OBERIH_FILE ), PHP_URL_PATH );
	return is_string( $path ) && '' !== $path ? $path : '/wp-content/plugins/oberih/assets/';
}

// WP Rocket: minify and combine (AbstractJSOptimization: rocket_exclude_js, patterns of URL paths, as its own
// rocket_clean_exclude_file() gives them) and delay (DelayJS\HTML: rocket_delay_js_exclusions, patterns matched
// against the whole tag).
add_filter(
	'rocket_exclude_js',
	function ( $excluded ) {
		$excluded   = (array) $excluded;
		$excluded[] = oberih_assets_path() . '(.*)';
		return $excluded;
	}
);
add_filter(
	'rocket_delay_js_exclusions',
	function ( $excluded ) {
		$excluded   = (array) $excluded;
		$excluded[] = oberih_assets_path();
		return $excluded;
	}
);

// Autoptimize (classes/autoptimizeScripts.php): its exclusion list (a comma-separated string, or an array keyed
// by path), which keeps a file out of aggregation; and the paths it "considers minified", without which it
// minifies an excluded file on its own when aggregation is on, changing its bytes. Both are matched as parts
// of the script's URL.
add_filter(
	'autoptimize_filter_js_exclude',
	function ( $exclude ) {
		if ( is_array( $exclude ) ) {
			$exclude[ oberih_assets_path() ] = '';
			return $exclude;
		}
		return trim( (string) $exclude . ', ' . oberih_assets_path(), ', ' );
	}
);
add_filter(
	'autoptimize_filter_js_consider_minified',
	function ( $paths ) {
		$paths   = is_array( $paths ) ? $paths : array();
		$paths[] = oberih_assets_path();
		return $paths;
	}
);

// A page cache that still serves pages with the previous integrity after an update (or the previous settings after
// a save) would make browsers refuse the new oberih.js: no exit. So the caches of the tools that offer a call for
// it are emptied then (each name as the tool's code defines it: LiteSpeed Cache's `litespeed_purge_all` action,
// WP Rocket's rocket_clean_domain(), Autoptimize's autoptimizeCache::clearall()).
function oberih_purge_page_caches() {
	do_action( 'litespeed_purge_all' );
	if ( function_exists( 'rocket_clean_domain' ) ) {
		rocket_clean_domain();
	}
	if ( class_exists( 'autoptimizeCache' ) && method_exists( 'autoptimizeCache', 'clearall' ) ) {
		autoptimizeCache::clearall();
	}
	do_action( 'oberih_purged' ); // for the test, and for a site's own cache
}
add_action( 'update_option_' . OBERIH_OPTION, 'oberih_purge_page_caches' );
add_action( 'add_option_' . OBERIH_OPTION, 'oberih_purge_page_caches' );

/**
 * Remembers the running build (version and integrity) in an option of its own, and says whether it differs from
 * the one remembered. Any update changes them: from Plugins → Updates, a single or bulk update, a zip uploaded
 * over the plugin, files copied by FTP or a deployment.
 */
function oberih_new_build( $build ) {
	$stamp = $build['version'] . ' ' . $build['integrity'];
	if ( get_option( OBERIH_BUILD_OPTION ) === $stamp ) {
		return false;
	}
	update_option( OBERIH_BUILD_OPTION, $stamp, true );
	return true;
}

// On every request that reaches PHP: one autoloaded option, already in memory, compared with a string.
add_action(
	'init',
	function () {
		if ( oberih_new_build( oberih_build() ) ) {
			oberih_purge_page_caches();
		}
	}
);

// In the upgrade's own request (an update, or a zip uploaded over the plugin) this code and its build are the old
// ones, while the files are new: the new build.php is read from disk (WordPress has cleared it from the opcache
// when copying), so the caches are emptied now rather than at the next request.
add_action(
	'upgrader_process_complete',
	function ( $upgrader, $extra ) {
		$file = __DIR__ . '/build.php';
		if ( isset( $extra['type'] ) && 'plugin' === $extra['type'] && is_readable( $file ) ) {
			$build = include $file;
			if ( is_array( $build ) && isset( $build['version'], $build['integrity'] ) && oberih_new_build( $build ) ) {
				oberih_purge_page_caches();
			}
		}
	},
	10,
	2
);
