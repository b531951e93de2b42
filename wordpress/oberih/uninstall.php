<?php
// Deleting the plugin removes its one option; it stores nothing else.
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
delete_option( 'oberih_options' );
