<?php
/**
 * The settings, their allowed values and the checks: the same rules the widget applies (src/exit/oberih.js,
 * src/json.rs, src/custom.rs),
 * so what is saved is what the widget accepts. Pure functions; no output.
 */

defined( 'ABSPATH' ) || exit;

/** What tools/wp-plugin.mjs generated: version, integrity, strings and regions. */
function oberih_build() {
	static $build = null;
	if ( null === $build ) {
		$build = require __DIR__ . '/build.php';
	}
	return $build;
}

const OBERIH_POSITIONS  = array( 'top-right', 'top-left', 'bottom-right', 'bottom-left' );
const OBERIH_LANGUAGES  = array( 'uk', 'ru', 'kk', 'en' );
// The widget reads a services block of at most 64 KiB as printed in the page, nested at most 16 deep
// (src/json.rs MAX_BYTES, MAX_DEPTH): it ignores a larger or deeper one whole, so it is refused here.
const OBERIH_SERVICES_KB    = 64;
const OBERIH_SERVICES_DEPTH = 16;
// The widget's own default, shown as help text (src/exit/oberih.js DEFAULT_EXIT).
const OBERIH_DEFAULT_EXIT = 'https://www.google.com/webhp';

function oberih_defaults() {
	return array(
		'country'         => '',
		'region'          => '',
		'lang'            => '',
		'exit_url'        => '',
		'exit_position'   => '',
		'position'        => '',
		'history'         => false,
		'services'        => '',
	);
}

function oberih_options() {
	$saved = get_option( OBERIH_OPTION, array() );
	return array_merge( oberih_defaults(), is_array( $saved ) ? $saved : array() );
}

/** The settings page's language: the admin's own locale when we have it, else English. */
function oberih_admin_lang() {
	$locale = function_exists( 'get_user_locale' ) ? get_user_locale() : get_locale();
	$primary = strtolower( strtok( (string) $locale, '_-' ) );
	return in_array( $primary, OBERIH_LANGUAGES, true ) ? $primary : 'en';
}

/** A message of locales/<lang>/wordpress.ftl (or a region's or country's name), with its { $variables }. */
function oberih_t( $id, $args = array() ) {
	$strings = oberih_build()['strings'];
	$lang    = oberih_admin_lang();
	$text    = isset( $strings[ $lang ][ $id ] ) ? $strings[ $lang ][ $id ] : ( isset( $strings['en'][ $id ] ) ? $strings['en'][ $id ] : $id );
	foreach ( $args as $name => $value ) {
		$text = str_replace( '{ $' . $name . ' }', (string) $value, $text );
	}
	return $text;
}

/**
 * An exit address as the widget accepts it (new URL(), then http: or https:), or null. WordPress's
 * wp_http_validate_url is for the server's own requests and refuses local hosts, so it is not used here.
 */
function oberih_exit_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value || preg_match( '/[\x00-\x20\x7f]/', $value ) ) {
		return null;
	}
	$parts = wp_parse_url( $value );
	if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return null;
	}
	if ( ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return null;
	}
	$clean = esc_url_raw( $value, array( 'http', 'https' ) );
	return '' === $clean ? null : $clean;
}

/**
 * How deep the widget counts a decoded value: 0 for the block itself, one more for each value inside an array or
 * object, numbers and strings included (src/json.rs: `value(depth)` refuses depth > MAX_DEPTH).
 */
function oberih_json_depth( $value ) {
	$deepest = 0;
	if ( is_array( $value ) || is_object( $value ) ) {
		foreach ( (array) $value as $item ) {
			$deepest = max( $deepest, 1 + oberih_json_depth( $item ) );
		}
	}
	return $deepest;
}

/**
 * JSON as PHP decodes it for the plugin: deep enough for every block the widget reads, whose deepest value can be
 * an empty array or object at depth 16, inside 17 arrays or objects in all; PHP's depth counts those plus one.
 */
function oberih_json_decode( $text ) {
	return json_decode( (string) $text, false, OBERIH_SERVICES_DEPTH + 2 );
}

/**
 * The services block: empty, or a JSON array the widget will read whole (it checks each entry itself and skips a
 * bad one). Returns array( 'ok' => string to store ) or array( 'error' => message id, 'args' => ... ).
 */
function oberih_services( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return array( 'ok' => '' );
	}
	$data = oberih_json_decode( $value );
	$code = json_last_error();
	if ( JSON_ERROR_DEPTH === $code || ( JSON_ERROR_NONE === $code && oberih_json_depth( $data ) > OBERIH_SERVICES_DEPTH ) ) {
		return array( 'error' => 'wp-error-services-depth', 'args' => array( 'max' => OBERIH_SERVICES_DEPTH ) );
	}
	if ( JSON_ERROR_NONE !== $code ) {
		return array( 'error' => 'wp-error-services-json', 'args' => array( 'detail' => json_last_error_msg() ) );
	}
	if ( ! is_array( $data ) ) {
		return array( 'error' => 'wp-error-services-array', 'args' => array() );
	}
	// The size the widget measures: the block as printed in the page (compact, escaped), in bytes of UTF-8.
	if ( strlen( (string) oberih_services_for_page( $value ) ) > OBERIH_SERVICES_KB * 1024 ) {
		return array( 'error' => 'wp-error-services-size', 'args' => array( 'max' => OBERIH_SERVICES_KB ) );
	}
	// Stored re-encoded, so what is printed later is JSON that PHP itself wrote.
	return array( 'ok' => wp_json_encode( $data, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) );
}

/** The block as printed in a page: < > & ' " escaped as \u00XX, so no text in it can close the <script>. */
function oberih_services_for_page( $stored ) {
	$data = oberih_json_decode( $stored );
	if ( ! is_array( $data ) || ! $data ) {
		return null;
	}
	return wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
}

/**
 * The settings API's sanitiser: every field checked; a bad one keeps its previous value and says so.
 * WordPress calls it with the submitted array (already checked for the nonce and the capability).
 */
function oberih_sanitize( $input ) {
	$old     = oberih_options();
	// options.php has already unslashed it: unslashing again would eat the JSON's backslashes.
	$input   = is_array( $input ) ? $input : array();
	$out     = $old;
	$regions = oberih_build()['regions'];
	$error   = function ( $code, $id, $args = array() ) {
		add_settings_error( OBERIH_OPTION, $code, oberih_t( $id, $args ), 'error' );
	};
	$choice = function ( $key, $allowed ) use ( $input, &$out, $error ) {
		$value = isset( $input[ $key ] ) ? sanitize_text_field( $input[ $key ] ) : '';
		if ( '' === $value || in_array( $value, $allowed, true ) ) {
			$out[ $key ] = $value;
		} else {
			$error( 'oberih-' . $key, 'wp-error-choice' );
		}
	};
	$choice( 'country', array_keys( $regions ) );
	$choice( 'lang', OBERIH_LANGUAGES );
	$choice( 'exit_position', OBERIH_POSITIONS );
	$choice( 'position', OBERIH_POSITIONS );

	$region = isset( $input['region'] ) ? sanitize_text_field( $input['region'] ) : '';
	if ( '' === $region || ( '' !== $out['country'] && in_array( $region, $regions[ $out['country'] ], true ) ) ) {
		$out['region'] = $region;
	} else {
		$out['region'] = '';
		$error( 'oberih-region', 'wp-error-region' );
	}

	$exit = isset( $input['exit_url'] ) ? trim( (string) $input['exit_url'] ) : '';
	if ( '' === $exit ) {
		$out['exit_url'] = '';
	} elseif ( null !== oberih_exit_url( $exit ) ) {
		$out['exit_url'] = oberih_exit_url( $exit );
	} else {
		$error( 'oberih-exit-url', 'wp-error-exit-url' );
	}

	$out['history'] = ! empty( $input['history'] );

	$input['services'] = isset( $input['services'] ) ? (string) $input['services'] : '';
	$services          = oberih_services( $input['services'] );
	if ( isset( $services['ok'] ) ) {
		$out['services'] = $services['ok'];
	} else {
		$error( 'oberih-services', $services['error'], $services['args'] );
		// Shown once more in the form, so a long block with one mistake need not be pasted again.
		set_transient( 'oberih_rejected_services_' . get_current_user_id(), (string) $input['services'], 300 );
	}
	return $out;
}
