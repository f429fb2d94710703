resource "azurerm_storage_account" "assets" {
  name                     = "contosoassets"
  resource_group_name      = azurerm_resource_group.web.name
  location                 = azurerm_resource_group.web.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
  # ruleid: tf-azure-storage-public-nested-items
  allow_nested_items_to_be_public = false
}

# ruleid: tf-azure-storage-public-nested-items
resource "azurerm_storage_account" "legacy" {
  name                     = "contosolegacy"
  resource_group_name      = azurerm_resource_group.legacy.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  allow_blob_public_access = false
}

resource "azurerm_storage_account" "documents" {
  name                            = "contosodocs"
  resource_group_name             = azurerm_resource_group.app.name
  location                        = azurerm_resource_group.app.location
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  # ok: tf-azure-storage-public-nested-items
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_account" "configurable" {
  name                            = var.account_name
  resource_group_name             = var.resource_group_name
  location                        = var.location
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  # ok: tf-azure-storage-public-nested-items
  allow_nested_items_to_be_public = var.allow_public_blobs
}

# ok: tf-azure-storage-public-nested-items
resource "azurerm_storage_account" "backups" {
  name                     = "contosobackups"
  resource_group_name      = azurerm_resource_group.app.name
  location                 = azurerm_resource_group.app.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
